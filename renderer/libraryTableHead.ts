// The library table's header row: one button per sortable column. The first press sorts the way that
// column is usually read (newest dates, most notes first; titles and sources A to Z), the next reverses
// it; aria-sort tells assistive technology which column sorts the table, and which way.
import type { ListSort, SortDirection } from '../electron/core/db/articleListRepository';
import { h } from './dom';

type Order = { sort: ListSort; direction: SortDirection };

const COLUMNS: { sort: ListSort | null; label: string; className: string; first: SortDirection; title?: string }[] = [
  { sort: 'date', label: 'Date', className: 'lib-date', first: 'desc' },
  { sort: 'title', label: 'Title', className: 'lib-main', first: 'asc' },
  { sort: 'source', label: 'Source', className: 'lib-source', first: 'asc' },
  { sort: 'notes', label: '✎', className: 'lib-notes', first: 'desc', title: 'Notes' },
  { sort: null, label: 'Tags', className: 'lib-tags-cell', first: 'asc' },
];

export interface TableHead {
  element: HTMLElement;
  show(order: Order): void;
}

export function createTableHead(initial: Order, choose: (order: Order) => void): TableHead {
  let current = initial;
  const cells = COLUMNS.map((column) => {
    const cell = h('div', { role: 'columnheader', className: column.className });
    if (!column.sort) {
      cell.append(h('span', { className: 'lib-head-label' }, column.label));
      return { column, cell, button: null };
    }
    const sort = column.sort;
    const button = h('button', { type: 'button', className: 'lib-sort', 'data-sort': sort, ...(column.title ? { 'aria-label': column.title, title: `Sort by ${column.title.toLowerCase()}` } : {}) }, column.label);
    button.addEventListener('click', () => {
      const direction: SortDirection = current.sort === sort ? (current.direction === 'asc' ? 'desc' : 'asc') : column.first;
      choose({ sort, direction });
    });
    cell.append(button);
    return { column, cell, button };
  });
  const element = h('div', { role: 'rowgroup', className: 'lib-head' }, h('div', { role: 'row', className: 'lib-row lib-head-row', 'aria-rowindex': 1 }, ...cells.map((c) => c.cell)));
  const head: TableHead = {
    element,
    show(order) {
      current = order;
      for (const { column, cell, button } of cells) {
        if (!button) continue;
        const active = column.sort === order.sort;
        if (active) cell.setAttribute('aria-sort', order.direction === 'asc' ? 'ascending' : 'descending');
        else cell.removeAttribute('aria-sort');
        button.dataset.arrow = active ? (order.direction === 'asc' ? '▲' : '▼') : '';
      }
    },
  };
  head.show(initial);
  return head;
}
