// The library's other views: every note across the library (filtered by tag), and the trash of
// deleted notes, each restorable until the trash is emptied.
import type { NoteListItem } from '../electron/core/model';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';
import { announce } from './statusBar';
// Articles in the trash (s18-lib).
import { articleTrashSection } from './articleTrashView';

export type LibraryMode = 'articles' | 'notes' | 'trash';

export function createNotesBrowser(openNote: (articleId: number, noteId: number) => void, changed: () => void) {
  const box = byId<HTMLDivElement>('notes-browser');
  let tag: string | null = null;

  const item = (n: NoteListItem, trash: boolean) => {
    const li = h(
      'li',
      { className: 'note-item', tabindex: 0 },
      h('div', { className: 'note-item-title' }, n.body.split('\n').find((l) => l.trim())?.replace(/^#+\s*/, '') || '(empty note)'),
      h('div', { className: 'lib-meta' }, n.articleTitle, n.tags.length ? ` · ${n.tags.map((t) => `#${t}`).join(' ')}` : '', n.anchor ? ' · ⚓' : ''),
    );
    if (trash) {
      const restore = h('button', { type: 'button', className: 'link' }, 'Restore');
      restore.addEventListener('click', async () => {
        try {
          await unwrap(api().restoreNote(n.id));
          announce('Note restored.');
          changed();
          await render('trash');
        } catch (err) {
          announce((err as Error).message, 'error');
        }
      });
      li.append(restore);
    } else {
      const open = () => openNote(n.articleId, n.id);
      li.addEventListener('click', open);
      li.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') open();
      });
    }
    return li;
  };

  async function render(mode: Exclude<LibraryMode, 'articles'>): Promise<void> {
    clear(box);
    try {
      if (mode === 'trash') {
        // Deleted articles first (s18-lib), then deleted notes.
        box.append(await articleTrashSection(changed, () => render('trash')));
        const trashed = await unwrap(api().listNotes({ trash: true }));
        const empty = h('button', { type: 'button', disabled: trashed.length === 0 }, 'Empty trash…');
        empty.addEventListener('click', async () => {
          if (!window.confirm(`Delete ${trashed.length} note(s) for good? This cannot be undone.`)) return;
          const { removed } = await unwrap(api().emptyTrash());
          announce(`${removed} note(s) deleted for good.`);
          await render('trash');
        });
        box.append(h('div', { className: 'browser-head' }, `${trashed.length} deleted note${trashed.length === 1 ? '' : 's'}`, empty));
        box.append(trashed.length ? h('ul', { className: 'note-items' }, ...trashed.map((n) => item(n, true))) : h('p', { className: 'empty' }, 'The trash is empty.'));
        return;
      }
      const [all, tags] = await Promise.all([unwrap(api().listNotes(tag ? { tag } : {})), unwrap(api().listTags())]);
      const chips = h('div', { className: 'tag-chips' });
      for (const t of [{ name: '', notes: 0 }, ...tags]) {
        const chip = h('button', { type: 'button', className: 'tag-chip', 'aria-pressed': String((tag ?? '') === t.name) }, t.name ? `#${t.name} ${t.notes}` : 'All');
        chip.addEventListener('click', () => {
          tag = t.name || null;
          void render('notes');
        });
        chips.append(chip);
      }
      box.append(chips, all.length ? h('ul', { className: 'note-items' }, ...all.map((n) => item(n, false))) : h('p', { className: 'empty' }, 'No notes yet.'));
    } catch (err) {
      box.append(h('p', { className: 'empty' }, (err as Error).message));
    }
  }

  return {
    async show(mode: LibraryMode) {
      box.hidden = mode === 'articles';
      if (mode !== 'articles') await render(mode);
    },
  };
}
