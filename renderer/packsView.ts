// Named briefing packs, kept in the library: the analyst chooses the current pack, creates, renames and
// deletes packs, sees the current pack's articles (and takes one out), and exports the pack. Rows go in
// and out of the current pack with Ctrl+click or Space in the table, "Add to pack" in its context menu,
// or a 'briefing:add-to-pack' event from another view (an entity page), which makes "Pack 1" if needed.
import type { Pack, PackList } from '../electron/core/db/packsRepository';
import { api, unwrap } from './api';
import { byId, clear, h } from './dom';
import { announce } from './statusBar';
import { ADD_TO_PACK_EVENT } from './entityView';
import { promptText } from './textPrompt';

export interface PacksView {
  refresh(): Promise<void>;
  /** Puts the article in the current pack, or takes it out if it is there. */
  toggle(articleId: number): Promise<void>;
  add(articleIds: number[]): Promise<void>;
  current(): Pack | null;
}

export function createPacksView(hooks: { open(articleId: number): void; exportIds(ids: number[]): Promise<void>; changed(ids: number[]): void }): PacksView {
  const summary = h('summary', { id: 'packs-summary' }, 'Packs');
  const select = h('select', { id: 'pack-select', 'aria-label': 'Current pack' });
  const create = h('button', { type: 'button', id: 'pack-new' }, 'New…');
  const rename = h('button', { type: 'button', id: 'pack-rename' }, 'Rename…');
  const remove = h('button', { type: 'button', id: 'pack-delete' }, 'Delete…');
  const exportPack = h('button', { type: 'button', id: 'pack-export', className: 'primary' }, 'Export pack');
  const items = h('ol', { id: 'pack-articles', className: 'pack-articles', 'aria-label': 'Articles in the current pack' });
  const panel = h(
    'details',
    { id: 'packs', className: 'packs' },
    summary,
    h('div', { className: 'pack-controls' }, select, create, rename, remove),
    items,
    exportPack,
  );
  byId('library-count').after(panel);

  let list: PackList = { packs: [], currentId: null };
  const current = () => list.packs.find((p) => p.id === list.currentId) ?? null;
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (err) {
      announce((err as Error).message, 'error');
    }
  };

  const render = () => {
    const pack = current();
    clear(select);
    if (!list.packs.length) select.append(h('option', { value: '' }, 'No packs yet'));
    for (const p of list.packs) select.append(h('option', { value: p.id, selected: p.id === list.currentId }, `${p.name} (${p.articleIds.length})`));
    select.disabled = !list.packs.length;
    rename.disabled = remove.disabled = !pack;
    const n = pack?.articleIds.length ?? 0;
    summary.textContent = pack ? `Pack: ${pack.name} (${n})` : 'Packs';
    exportPack.textContent = `Export pack (${n})`;
    exportPack.disabled = n === 0;
    clear(items);
    if (!pack) items.append(h('li', { className: 'empty' }, 'Ctrl+click or Space on an article puts it in a pack.'));
    else if (!n) items.append(h('li', { className: 'empty' }, 'This pack is empty.'));
    pack?.articleIds.forEach((id, i) => {
      const title = pack.titles[i] ?? `Article ${id}`;
      const out = h('button', { type: 'button', className: 'link', 'aria-label': `Remove “${title}” from the pack` }, 'Remove');
      out.addEventListener('click', () => void attempt(async () => {
        await unwrap(api().removeFromPack(pack.id, [id]));
        await view.refresh();
      }));
      const open = h('button', { type: 'button', className: 'pack-article' }, title);
      open.addEventListener('click', () => hooks.open(id));
      items.append(h('li', {}, open, out));
    });
    hooks.changed(pack?.articleIds ?? []);
  };

  select.addEventListener('change', () => void attempt(async () => {
    list = await unwrap(api().setCurrentPack(Number(select.value)));
    render();
  }));
  create.addEventListener('click', () => void attempt(async () => {
    const name = await promptText('New pack', 'Name', `Pack ${list.packs.length + 1}`);
    if (name === null) return;
    const pack = await unwrap(api().createPack(name));
    await view.refresh();
    announce(`Pack “${pack.name}” created; it is the current pack.`);
  }));
  rename.addEventListener('click', () => void attempt(async () => {
    const pack = current();
    if (!pack) return;
    const name = await promptText('Rename pack', 'Name', pack.name);
    if (name === null) return;
    await unwrap(api().renamePack(pack.id, name));
    await view.refresh();
  }));
  remove.addEventListener('click', () => void attempt(async () => {
    const pack = current();
    if (!pack || !window.confirm(`Delete the pack “${pack.name}”? Its ${pack.articleIds.length} article(s) stay in the library.`)) return;
    list = await unwrap(api().deletePack(pack.id));
    render();
    announce(`Pack “${pack.name}” deleted; its articles are still in the library.`);
  }));
  exportPack.addEventListener('click', () => void attempt(async () => {
    const pack = current();
    if (pack?.articleIds.length) await hooks.exportIds(pack.articleIds);
  }));

  const view: PacksView = {
    async refresh() {
      list = await unwrap(api().listPacks());
      render();
    },
    async toggle(articleId) {
      await attempt(async () => {
        const pack = current();
        if (pack?.articleIds.includes(articleId)) await unwrap(api().removeFromPack(pack.id, [articleId]));
        else await unwrap(api().addToPack([articleId]));
        await view.refresh();
      });
    },
    async add(articleIds) {
      await attempt(async () => {
        const pack = await unwrap(api().addToPack(articleIds));
        await view.refresh();
        announce(`${articleIds.length} article${articleIds.length === 1 ? '' : 's'} added to the pack “${pack.name}” (${pack.articleIds.length}).`);
      });
    },
    current,
  };
  // Another view (an entity page) hands over articles for the current pack.
  document.addEventListener(ADD_TO_PACK_EVENT, (event) => {
    const ids = (event as CustomEvent<{ articleIds?: unknown }>).detail?.articleIds;
    if (Array.isArray(ids) && ids.length && ids.every((id) => Number.isInteger(id) && id > 0)) void view.add(ids as number[]);
  });
  return view;
}
