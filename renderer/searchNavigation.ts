// Moving through search results: the result opened is marked (aria-current) and stays marked while the
// analyst reads; ArrowDown and ArrowUp move to the next or previous result and open it, so a list of hits
// can be read one after another from the keyboard.
import type { SearchHit } from '../electron/core/search/types';

export function createResultNavigation(results: HTMLElement, open: (articleId: number, hit: SearchHit | null) => void) {
  const buttons = () => [...results.querySelectorAll<HTMLButtonElement>('button.search-article, button.search-hit')];
  results.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next = all[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
    next.click();
  });
  /** Marks the result opened (one at a time) and opens it. */
  return (button: HTMLElement, articleId: number, hit: SearchHit | null) => {
    for (const old of results.querySelectorAll('[aria-current]')) old.removeAttribute('aria-current');
    button.setAttribute('aria-current', 'true');
    open(articleId, hit);
  };
}
