// A note's earlier versions: listed newest first; choosing one shows it, and it can be restored
// (the restore is itself a new version, so nothing is lost by restoring).
import type { Note } from '../electron/core/model';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';
import { announce } from './statusBar';

export function noteHistory(deps: { currentNoteId(): number | null; beforeRestore(): Promise<void>; restored(note: Note): void }) {
  const box = byId<HTMLDivElement>('note-revisions');
  const button = byId<HTMLButtonElement>('note-history');

  // Nothing is listed or restored while the note itself has text that could not be saved.
  const saved = () =>
    deps.beforeRestore().then(
      () => true,
      (err: Error) => {
        announce(err.message, 'error');
        return false;
      },
    );

  const close = () => {
    box.hidden = true;
    clear(box);
    button.setAttribute('aria-expanded', 'false');
  };

  const open = async () => {
    const noteId = deps.currentNoteId();
    if (noteId === null) return announce('This note has no history yet.', 'error');
    if (!(await saved())) return;
    const revisions = await unwrap(api().noteRevisions(noteId)).catch((err: Error) => {
      announce(err.message, 'error');
      return null;
    });
    if (!revisions) return;
    clear(box);
    box.append(h('div', { className: 'revisions-head' }, `${revisions.length} version${revisions.length === 1 ? '' : 's'}`));
    const list = h('ol', { className: 'revision-list' });
    revisions.forEach((r, i) => {
      const restore = h('button', { type: 'button', className: 'link', disabled: i === 0 }, i === 0 ? 'current' : 'Restore');
      restore.addEventListener('click', async () => {
        if (!(await saved())) return;
        try {
          deps.restored(await unwrap(api().restoreRevision(noteId, r.id)));
        } catch (err) {
          announce((err as Error).message, 'error');
        }
      });
      const when = new Date(r.savedAt).toLocaleString([], { dateStyle: 'short', timeStyle: 'medium' });
      list.append(h('li', {}, h('span', { className: 'revision-time' }, when), h('span', { className: 'revision-text', title: r.body }, r.body.replace(/\s+/g, ' ').slice(0, 60) || '(empty)'), restore));
    });
    box.append(list);
    box.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  };

  button.addEventListener('click', () => void (box.hidden ? open() : close()));
  return { close };
}
