// One line at the bottom of the window for what just happened (import results, errors).
import { byId } from './dom';

let timer: number | undefined;

export function announce(message: string, tone: 'info' | 'error' = 'info'): void {
  const bar = byId('status');
  bar.textContent = message;
  bar.dataset.tone = tone;
  window.clearTimeout(timer);
  if (tone === 'info') timer = window.setTimeout(() => (bar.textContent = ''), 8000);
}
