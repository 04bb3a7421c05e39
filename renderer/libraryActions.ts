// The library table's context menu on an article: Open, Tag…, Add to pack, Export, Move to trash.
import type { ArticleListItem } from '../electron/core/model';
import { api, unwrap } from './api';
import { openContextMenu } from './contextMenu';
import { announce } from './statusBar';
import { promptText } from './textPrompt';

export interface ArticleActions {
  open(id: number): void;
  addToPack(ids: number[]): Promise<void>;
  exportIds(ids: number[]): Promise<void>;
  /** After articles went to the trash: the list is read again. */
  trashed(ids: number[]): Promise<void>;
}

export function articleContextMenu(actions: ArticleActions) {
  const attempt = (work: () => Promise<unknown>) => () =>
    void work().catch((err: unknown) => announce((err as Error).message, 'error'));

  return (item: ArticleListItem, at: { x: number; y: number }, row: HTMLElement) => {
    openContextMenu(
      `Article: ${item.title}`,
      [
        { label: 'Open', run: () => actions.open(item.id) },
        {
          label: 'Tag…',
          run: attempt(async () => {
            const answer = await promptText('Tag the article', 'Tags, separated by commas', (item.tags ?? []).join(', '), item.title);
            if (answer === null) return;
            const { tags } = await unwrap(api().setArticleTags(item.id, answer.split(',').map((t) => t.trim()).filter(Boolean)));
            announce(tags.length ? `Tagged ${tags.map((t) => `#${t}`).join(' ')}.` : 'Tags removed.');
            document.dispatchEvent(new CustomEvent('briefing:article-tags-changed', { detail: { articleId: item.id } }));
          }),
        },
        { label: 'Add to pack', run: attempt(() => actions.addToPack([item.id])) },
        { label: 'Export', run: attempt(() => actions.exportIds([item.id])) },
        {
          label: 'Move to trash',
          run: attempt(async () => {
            await unwrap(api().trashArticles([item.id]));
            announce(`Moved “${item.title}” to the trash with its notes; restore it from the Trash tab.`);
            await actions.trashed([item.id]);
          }),
        },
      ],
      at,
      row,
    );
  };
}
