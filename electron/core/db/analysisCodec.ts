// How an analysis is stored: compact and compressed, beside the rows the search index needs.
//
// Stored form (the `packed` BLOB of `analyses`): one format byte, then raw DEFLATE (with a preset dictionary)
// of the analysis JSON in which every `text` that is exactly the article body between the span's `start` and
// `end` is left out and marked `"~":1`; the body is stored once, in `articles`, and puts it back on read.
// That takes the analysis from ~2.3× the article text as JSON to ~0.3×.
//
// No database and no Electron here: import worker threads pack analyses so the main thread only stores them.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Analysis } from '../analysis/types';

/** Format 1. Never change FORMAT_1_DICTIONARY or the slimming rule: stored blobs depend on both; a new
 *  encoding gets a new format byte and unpack keeps reading the old one. */
const FORMAT_1 = 1;
const FORMAT_1_DICTIONARY = Buffer.from(
  '{"version":1,"summary":[{"start":,"end":,"~":1}],"quotes":[{"kind":"direct","start":,"end":,"speaker":{"name":"",' +
    '"mention":{"start":,"end":,"~":1}},"cue":{"start":,"end":,"~":1},"~":1},{"kind":"indirect"],"proposals":[{"actor":{"name":""},' +
    '"entities":[{"name":"","type":"person","aliases":[],"mentions":[{"start":,"end":},{"name":"","type":"organization","type":"place"',
);
const DERIVED = '~';

/** What the search index holds for one analysis: its quotes and proposals, and the entities it names. */
export interface AnalysisIndex {
  passages: IndexedPassage[];
  entities: { name: string; type: string; mentions: number }[];
}

export interface IndexedPassage {
  kind: 'quote' | 'proposal';
  /** Index in the analysis's quotes or proposals. */
  ord: number;
  start: number;
  end: number;
  /** The quote's speaker or the proposal's actor. */
  speaker: string | null;
  /** Null when the text is the body between start and end, which the database reads from the body itself
   *  (SQLite counts characters, JavaScript UTF-16 units: the two agree only before any character outside
   *  the Basic Multilingual Plane, so after one the text is kept). */
  text: string | null;
}

/** An analysis ready to store: computed wherever the analysis ran (an import worker, or here). */
export interface PackedAnalysis {
  version: number;
  packed: Uint8Array;
  index: AnalysisIndex;
}

export function packAnalysis(analysis: Analysis, body: string): PackedAnalysis {
  const json = JSON.stringify(analysis, function (this: Record<string, unknown>, key, value: unknown) {
    if (key === 'text' && isBodySpan(this, body)) return undefined;
    if (key === '' || !value || typeof value !== 'object' || Array.isArray(value) || !isBodySpan(value as Record<string, unknown>, body)) return value;
    return { ...(value as object), [DERIVED]: 1 };
  });
  const packed = Buffer.concat([Buffer.of(FORMAT_1), deflateRawSync(json, { level: 6, dictionary: FORMAT_1_DICTIONARY })]);
  return { version: analysis.version, packed, index: analysisIndex(analysis, body) };
}

export function unpackAnalysis(packed: Uint8Array, body: string): Analysis {
  if (packed[0] !== FORMAT_1) throw new Error(`stored analysis in an unknown format (${packed[0]})`);
  const json = inflateRawSync(packed.subarray(1), { dictionary: FORMAT_1_DICTIONARY }).toString('utf8');
  return JSON.parse(json, (_key, value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value) || !(DERIVED in value)) return value;
    const { [DERIVED]: _marker, ...span } = value as unknown as Record<string, unknown> & { start: number; end: number };
    return { text: body.slice(span.start, span.end), ...span };
  }) as Analysis;
}

function isBodySpan(o: Record<string, unknown>, body: string): boolean {
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && o.text === body.slice(o.start, o.end);
}

export function analysisIndex(analysis: Analysis, body: string): AnalysisIndex {
  const astral = body.search(/[\uD800-\uDFFF]/);
  const passages: IndexedPassage[] = [];
  const add = (kind: IndexedPassage['kind'], ord: number, p: { text: string; start: number; end: number }, speaker: string | null) => {
    const derived = p.text === body.slice(p.start, p.end) && (astral < 0 || p.end <= astral);
    passages.push({ kind, ord, start: p.start, end: p.end, speaker, text: derived ? null : p.text });
  };
  analysis.quotes.forEach((q, i) => add('quote', i, q, q.speaker?.name ?? null));
  analysis.proposals.forEach((p, i) => add('proposal', i, p, p.actor?.name ?? null));
  // One row per name and kind: the first wins, as it did when triggers filled the table.
  const seen = new Set<string>();
  const entities: AnalysisIndex['entities'] = [];
  for (const e of analysis.entities) {
    const key = `${e.type}\u0000${e.name}`;
    if (typeof e.name !== 'string' || seen.has(key)) continue;
    seen.add(key);
    entities.push({ name: e.name, type: e.type, mentions: e.mentions?.length ?? 0 });
  }
  return { passages, entities };
}
