// A context menu (role="menu") at a point: arrow keys, Home and End move between its items, Enter or a
// click runs one, Escape, Tab or a click elsewhere closes it, and focus goes back where it came from.
import { h } from './dom';

export interface MenuItem {
  label: string;
  run(): void;
}

let open: { menu: HTMLElement; returnTo: HTMLElement | null } | null = null;

export function closeContextMenu(restoreFocus = true): void {
  if (!open) return;
  const { menu, returnTo } = open;
  open = null;
  menu.remove();
  if (restoreFocus && returnTo?.isConnected) returnTo.focus();
}

export function openContextMenu(label: string, items: MenuItem[], at: { x: number; y: number }, returnTo: HTMLElement | null): HTMLElement {
  closeContextMenu(false);
  const buttons = items.map((item) => {
    const button = h('button', { type: 'button', role: 'menuitem', tabindex: -1, className: 'menu-item' }, item.label);
    button.addEventListener('click', () => {
      closeContextMenu();
      item.run();
    });
    return button;
  });
  const menu = h('div', { role: 'menu', id: 'context-menu', className: 'context-menu', 'aria-label': label }, ...buttons);
  menu.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      buttons[(next + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      closeContextMenu();
    }
  });
  document.body.append(menu);
  // Kept inside the window: a menu opened near the right or bottom edge opens to the left or upwards.
  const box = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(4, Math.min(at.x, window.innerWidth - box.width - 4))}px`;
  menu.style.top = `${Math.max(4, Math.min(at.y, window.innerHeight - box.height - 4))}px`;
  open = { menu, returnTo };
  buttons[0]?.focus();
  return menu;
}

// A press anywhere outside the open menu closes it.
document.addEventListener('mousedown', (event) => {
  if (open && !open.menu.contains(event.target as Node)) closeContextMenu(false);
});
