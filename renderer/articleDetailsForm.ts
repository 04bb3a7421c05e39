// "Edit details" in the briefing header: the analyst corrects the article's title, date and source. The
// main process validates and stores them (re-analysis keeps them); the window then redraws the briefing
// and the library. A refused value is said beside the form, which keeps what was typed.
import type { Article } from '../electron/core/model';
import { api, unwrap } from './api';
import { h } from './dom';
import { announce } from './statusBar';

export const DETAILS_CHANGED = 'briefing:article-details-changed';

export function articleDetailsButton(article: Article): HTMLElement {
  const title = h('input', { type: 'text', id: 'details-title', value: article.title, maxlength: 500, autocomplete: 'off', required: true });
  const date = h('input', { type: 'date', id: 'details-date', value: article.date ?? '' });
  const source = h('input', { type: 'text', id: 'details-source', value: article.source ?? '', maxlength: 200, autocomplete: 'off', placeholder: 'e.g. Reuters' });
  const error = h('p', { className: 'details-error', role: 'alert' });
  const save = h('button', { type: 'submit', className: 'primary' }, 'Save details');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { className: 'details-form', id: 'details-form', 'aria-label': 'Article details', hidden: true },
    h('label', {}, 'Title', title),
    h('label', {}, 'Date', date),
    h('label', {}, 'Source', source),
    h('div', { className: 'correction-buttons' }, save, cancel),
    error,
  );
  const toggle = h('button', { type: 'button', id: 'edit-details', className: 'link details-toggle', 'aria-expanded': 'false', 'aria-controls': 'details-form' }, 'Edit details');
  const show = (open: boolean) => {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) title.focus();
    else toggle.focus();
  };
  toggle.addEventListener('click', () => show(form.hidden));
  cancel.addEventListener('click', () => show(false));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') show(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    void unwrap(api().updateArticleDetails(article.id, { title: title.value, date: date.value || null, source: source.value.trim() || null })).then(
      (saved) => {
        announce(`Details saved: ${saved.title}.`);
        document.dispatchEvent(new CustomEvent(DETAILS_CHANGED, { detail: { articleId: article.id } }));
      },
      (err: Error) => {
        error.textContent = err.message;
      },
    );
  });
  return h('div', { className: 'details' }, toggle, form);
}
