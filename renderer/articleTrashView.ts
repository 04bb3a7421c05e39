// Articles in the trash, in the Trash tab above the deleted notes: each with its notes count and a Restore
// button; emptying it deletes them for good, with their notes, only after the analyst confirms.
import type { TrashedArticle } from '../electron/core/db/articleTrashRepository';
import { api, unwrap } from './api';
import { h } from './dom';
import { announce } from './statusBar';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function articleTrashSection(changed: () => void, again: () => Promise<void>): Promise<HTMLElement> {
  const trashed = await unwrap(api().listTrashedArticles());
  const notes = trashed.reduce((n, a) => n + a.noteCount, 0);
  const empty = h('button', { type: 'button', id: 'empty-article-trash', disabled: trashed.length === 0 }, 'Delete articles for good…');
  empty.addEventListener('click', async () => {
    const what = `${plural(trashed.length, 'article')}${notes ? ` and their ${plural(notes, 'note')}` : ''}`;
    if (!window.confirm(`Delete ${what} for good? This cannot be undone.`)) return;
    try {
      const removed = await unwrap(api().emptyArticleTrash());
      announce(`${plural(removed.articles, 'article')} and ${plural(removed.notes, 'note')} deleted for good.`);
      changed();
      await again();
    } catch (err) {
      announce((err as Error).message, 'error');
    }
  });
  const item = (a: TrashedArticle) => {
    const restore = h('button', { type: 'button', className: 'link', 'aria-label': `Restore “${a.title}”` }, 'Restore');
    restore.addEventListener('click', async () => {
      try {
        await unwrap(api().restoreArticles([a.id]));
        announce(`Restored “${a.title}”${a.noteCount ? ` with its ${plural(a.noteCount, 'note')}` : ''}.`);
        changed();
        await again();
      } catch (err) {
        announce((err as Error).message, 'error');
      }
    });
    return h(
      'li',
      { className: 'note-item trashed-article', 'data-article-id': a.id },
      h('div', { className: 'note-item-title' }, a.title),
      h('div', { className: 'lib-meta' }, a.date ?? 'undated', ' · ', a.source ?? 'unknown source', a.noteCount ? ` · ✎ ${a.noteCount}` : ''),
      restore,
    );
  };
  return h(
    'section',
    { className: 'article-trash', 'aria-labelledby': 'article-trash-head' },
    h('div', { className: 'browser-head' }, h('h3', { id: 'article-trash-head', className: 'trash-head' }, plural(trashed.length, 'deleted article')), empty),
    trashed.length ? h('ul', { className: 'note-items', id: 'trashed-articles' }, ...trashed.map(item)) : h('p', { className: 'empty' }, 'No articles in the trash.'),
  );
}
