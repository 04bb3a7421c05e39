// The tokens and names of an article's headline read as a text of one sentence. The article's voice
// (documentVoice) and its headline statements (titleStatements) both need them, one after the other,
// and reading names is not cheap even for a few words: they are read once per headline. Only the last
// headline is kept, so memory stays bounded; what is returned is shared and must not be changed.
import { buildEntities, type EntityIndex } from '../entities/entities';
import { findNameChunks } from '../names/nameChunks';
import { tokenize, type Token } from '../text/tokens';

export interface HeadlineNames {
  readonly title: string;
  readonly tokens: Token[];
  readonly index: EntityIndex;
}

let last: HeadlineNames | null = null;

export function headlineNames(title: string): HeadlineNames {
  if (last?.title !== title) {
    const tokens = tokenize(title);
    last = { title, tokens, index: buildEntities(findNameChunks(title, tokens, [{ start: 0, end: title.length, para: 0 }])) };
  }
  return last;
}
