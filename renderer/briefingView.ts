// The briefing of one article: who/when/where, summary, quote and proposal cards that jump to their
// passage in the full text, entities by kind, and the full text with its passages highlighted.
import type { Entity, Proposal, ProposalKind, Quote } from '../electron/core/analysis/types';
import type { Correction } from '../electron/core/corrections';
import type { IpcResult } from '../electron/ipc/contract';
import type { Briefing } from '../electron/core/model';
import { ENTITY_GROUPS, quotationText, quotesDirectFirst } from '../electron/common/briefingParts';
import { actorHow, speakerHow } from '../electron/common/analysisLabels';
import { byId, clear, h } from './dom';
import { cardFilterBar, forgetFiltersUnless, nameOptions, NO_NAME } from './cardFilters';
import { createCardList, forgetDrawnUnless } from './cardList';
import { createFindBar } from './findInText';
import { ensureFullText, fullTextView } from './fullTextView';
import { api, unwrap } from './api';
import { openEntityEditor, openNameEditor } from './correctionEditor';
import { rememberCard } from './passage';
import { announce } from './statusBar';

interface CardContext {
  briefing: Briefing;
  /** Names the analyst may pick for a speaker or actor: the briefing's people and organisations. */
  names: string[];
  correct(correction: Correction): void;
  undo(correction: Correction): void;
}

let corrected: (briefing: Briefing) => void = () => {};

/** What to do with the briefing a correction returns (the window re-renders it). */
export function onCorrected(handler: (briefing: Briefing) => void): void {
  corrected = handler;
}

/** Draws the briefing; `resetScroll` false keeps the reader's place (e.g. when a note anchor is added). */
export function renderBriefing(briefing: Briefing, resetScroll = true): void {
  const root = byId('briefing');
  clear(root);
  const { article, analysis, facts } = briefing;
  forgetFiltersUnless(article.id);
  forgetDrawnUnless(article.id);
  const send = (call: Promise<IpcResult<Briefing>>) =>
    void unwrap(call).then(corrected, (err: Error) => announce(err.message, 'error'));
  const ctx: CardContext = {
    briefing,
    names: analysis.entities.filter((e) => e.type !== 'place').map((e) => e.name).sort((a, b) => a.localeCompare(b)),
    correct: (c) => send(api().correct(article.id, c)),
    undo: (c) => send(api().undoCorrection(article.id, c)),
  };
  root.append(
    h(
      'header',
      { className: 'brief-head' },
      h('div', { className: 'kicker' }, 'Briefing'),
      h('h1', { id: 'briefing-title', tabindex: -1 }, article.title),
      h('div', { className: 'brief-meta' }, [article.date ?? 'undated', article.source, article.fileName].filter(Boolean).join(' · ')),
      h(
        'dl',
        { className: 'facts' },
        fact('Who', facts.keyPeople),
        fact('Organisations', facts.organizations),
        fact('Where', facts.places),
        fact('When', [article.date ?? 'undated']),
      ),
      articleTagsField(article.id, article.tags ?? []),
    ),
    section('Summary', 'summary', analysis.summary.length ? h('p', { className: 'summary' }, analysis.summary.map((s) => s.text).join(' ')) : empty('No summary.')),
    quotesSection(analysis.quotes, ctx),
    proposalsSection(analysis.proposals, ctx),
    section('People, organisations and places', 'entities', entities(analysis.entities, ctx)),
    section('Full text', 'fulltext', fullTextView(briefing)),
  );
  root.prepend(createFindBar(root));
  if (resetScroll) root.scrollTop = 0;
}

export function renderBriefingMessage(message: string): void {
  const root = byId('briefing');
  clear(root);
  root.append(h('div', { className: 'placeholder' }, message));
}

/** The article's tags, edited in place; the library list shows them and its filter finds them. */
function articleTagsField(articleId: number, tags: string[]): HTMLElement {
  const input = h('input', { type: 'text', id: 'article-tags', value: tags.join(', '), placeholder: 'Add tags, separated by commas', 'aria-label': 'Tags of this article', autocomplete: 'off' });
  let saved = tags.join(', ');
  const save = () => {
    const next = input.value.split(',').map((t) => t.trim()).filter(Boolean);
    if (next.join(', ') === saved) return;
    void unwrap(api().setArticleTags(articleId, next)).then(
      (r) => {
        saved = input.value = r.tags.join(', ');
        document.dispatchEvent(new CustomEvent('briefing:article-tags-changed'));
      },
      (err: Error) => announce(err.message, 'error'),
    );
  };
  input.addEventListener('change', save);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') save();
  });
  return h('label', { className: 'article-tags' }, 'Tags', input);
}

function fact(label: string, values: string[]): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(h('dt', {}, label), h('dd', {}, values.length ? values.join(', ') : '—'));
  return f;
}

function section(title: string, id: string, body: Node): HTMLElement {
  return h('section', { className: 'brief-section', 'aria-labelledby': `h-${id}` }, h('h2', { id: `h-${id}` }, title), body);
}

const PROPOSAL_KINDS: { value: ProposalKind; label: string }[] = [
  { value: 'call', label: 'Call' },
  { value: 'proposal', label: 'Proposal' },
  { value: 'commitment', label: 'Commitment' },
  { value: 'plan', label: 'Plan' },
  { value: 'decision', label: 'Decision' },
];

function quotesSection(quotes: Quote[], ctx: CardContext): HTMLElement {
  if (!quotes.length) return section('Quotes', 'quotes', empty('No quotes found.'));
  const cards = quotesDirectFirst(quotes).map(({ q, i }) => ({ make: () => quoteCard(q, i, ctx), values: { who: q.speaker?.name ?? NO_NAME, kind: q.kind } }));
  const list = createCardList('quotes', 'quotes', cards);
  const el = section('Quotes', 'quotes', list.element);
  el.querySelector('h2')!.after(
    cardFilterBar('quotes', 'Quotes', 'quotes', el.querySelector('h2')!, cards, [
      { key: 'who', label: 'Said by', all: 'All speakers', options: nameOptions(cards.map((c) => c.values.who), 'Speaker not identified') },
      { key: 'kind', label: 'Quoted or reported', all: 'Quoted and reported', options: [{ value: 'direct', label: 'Quoted' }, { value: 'indirect', label: 'Reported' }] },
    ], list.show),
  );
  return el;
}

function proposalsSection(proposals: Proposal[], ctx: CardContext): HTMLElement {
  if (!proposals.length) return section('Proposals', 'proposals', empty('No proposals found.'));
  const cards = proposals.map((p, i) => ({ make: () => proposalCard(p, i, ctx), values: { who: p.actor?.name ?? NO_NAME, kind: p.kind ?? NO_NAME } }));
  const list = createCardList('proposals', 'proposals', cards);
  const el = section('Proposals', 'proposals', list.element);
  el.querySelector('h2')!.after(
    cardFilterBar('proposals', 'Proposals', 'proposals', el.querySelector('h2')!, cards, [
      { key: 'who', label: 'Proposed by', all: 'All actors', options: nameOptions(cards.map((c) => c.values.who), 'Actor not identified') },
      { key: 'kind', label: 'Type of proposal', all: 'All kinds', options: [...PROPOSAL_KINDS, { value: NO_NAME, label: 'No kind' }] },
    ], list.show),
  );
  return el;
}

function empty(text: string): HTMLElement {
  return h('p', { className: 'empty' }, text);
}

function quoteCard(q: Quote, i: number, ctx: CardContext): HTMLElement {
  const corrected = ctx.briefing.analysis.corrected.includes(`q${i}`);
  // The words that named the analysis's speaker ("via “he”") say nothing of a speaker the analyst chose.
  const via = q.speaker && !corrected && q.speaker.mention.text !== q.speaker.name;
  const speaker = q.speaker
    ? h('span', {}, q.speaker.name, via ? h('span', { className: 'via', title: 'How the text names the speaker here' }, ` via “${q.speaker.mention.text}”`) : null)
    : h('span', { className: 'unknown' }, 'Speaker not identified');
  const text = quotationText(q);
  // Corrected once already: keep addressing the stored correction, wherever re-analysis moved the quote.
  const target = ctx.briefing.analysis.spanCorrections[`q${i}`] ?? { kind: 'speaker' as const, start: q.start, end: q.end, quote: q.text, name: null };
  return card(
    `q${i}`,
    q.kind === 'direct' ? 'quote' : 'reported',
    q,
    q.speaker && q.speaker.mention.end > q.speaker.mention.start ? `m${i}` : null,
    {
      label: 'Correct the speaker',
      edit: (host) =>
        openNameEditor(host, {
          label: 'Speaker',
          current: q.speaker?.name ?? null,
          names: ctx.names,
          corrected,
          save: (name) => ctx.correct({ ...target, name }),
          undo: () => ctx.undo({ ...target, name: null }),
        }),
    },
    h(
      'div',
      { className: 'card-who' },
      speaker,
      h('span', { className: `badge ${q.kind}` }, q.kind === 'direct' ? 'quoted' : 'reported'),
      q.cue ? h('span', { className: 'cue' }, q.cue.text) : null,
      corrected ? h('span', { className: 'badge corrected', title: 'Corrected by the analyst' }, 'corrected') : null,
    ),
    h('div', { className: 'card-text' }, text),
    corrected ? h('div', { className: 'card-how' }, 'Speaker: corrected by the analyst') : q.speaker && q.speakerRule ? h('div', { className: 'card-how' }, speakerHow(q)) : null,
  );
}

function proposalCard(p: Proposal, i: number, ctx: CardContext): HTMLElement {
  const corrected = ctx.briefing.analysis.corrected.includes(`p${i}`);
  const target = ctx.briefing.analysis.spanCorrections[`p${i}`] ?? { kind: 'actor' as const, start: p.start, end: p.end, quote: p.text, name: null };
  return card(
    `p${i}`,
    'proposal',
    p,
    null,
    {
      label: 'Correct the actor',
      edit: (host) =>
        openNameEditor(host, {
          label: 'Actor',
          current: p.actor?.name ?? null,
          names: ctx.names,
          corrected,
          save: (name) => ctx.correct({ ...target, name }),
          undo: () => ctx.undo({ ...target, name: null }),
        }),
    },
    h(
      'div',
      { className: 'card-who' },
      // The actor's name says, on hover, how it was found ("Actor: who says it; found by the rule …").
      p.actor ? h('span', { className: 'actor' }, p.actor.name) : h('span', { className: 'unknown' }, 'Actor not identified'),
      p.kind ? h('span', { className: `badge kind-${p.kind}` }, p.kind) : null,
      p.cue ? h('span', { className: 'cue' }, p.cue.text.replace(/\s+/g, ' ')) : null,
      corrected ? h('span', { className: 'badge corrected' }, 'corrected') : null,
    ),
    h('div', { className: 'card-text' }, p.text),
    // How the analysis found the actor; once the analyst corrected it, that is what the card says.
    h('div', { className: 'card-how' }, corrected ? 'Actor: corrected by the analyst' : actorHow(p)),
  );
}

/**
 * A card: its main part is a button (Enter, Space or a click scrolls the full text to the passage and
 * flashes it, and the words naming the speaker); beside it, a button to correct the analysis.
 */
function card(markId: string, kind: string, span: { start: number; end: number }, mentionId: string | null, correction: { label: string; edit(host: HTMLElement): void }, ...children: (Node | null)[]): HTMLElement {
  const main = h('button', { type: 'button', className: `card ${kind}`, 'data-mark': markId, 'data-start': span.start, 'data-end': span.end, title: 'Show in the full text' }, ...children.filter((c): c is Node => c !== null));
  main.addEventListener('click', () => {
    ensureFullText();
    rememberCard(main);
    jumpTo(markId);
    if (mentionId) flash(mentionId);
  });
  const edit = h('button', { type: 'button', className: 'card-edit', title: correction.label, 'aria-label': correction.label }, '✎');
  const wrap = h('div', { className: 'card-wrap' }, main, edit);
  edit.addEventListener('click', () => correction.edit(wrap));
  return wrap;
}

export function jumpTo(markId: string): void {
  ensureFullText();
  const target = document.getElementById(`mark-${markId}`);
  if (!target) return;
  // At once, not smooth, and again a frame later: paragraphs off screen are sized by estimate
  // (content-visibility), and take their real size once the jump brings them into view.
  target.scrollIntoView({ block: 'center' });
  requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
  flash(markId);
}

function flash(markId: string): void {
  const target = document.getElementById(`mark-${markId}`);
  if (!target) return;
  target.classList.remove('flash');
  void target.offsetWidth; // restart the animation
  target.classList.add('flash');
}

function entities(list: Entity[], ctx: CardContext): HTMLElement {
  const groups = ENTITY_GROUPS.map(({ type, label }) => {
    const items = list.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    const group = h('div', { className: `entity-group ${type}` }, h('h3', {}, label));
    const chip = (e: Entity) => {
      const wasCorrected = ctx.briefing.analysis.corrected.includes(`e:${e.name.toLowerCase()}`);
      // Corrections are keyed by the name the analysis gave, so they still apply after re-analysis.
      const origin = ctx.briefing.analysis.entityOrigins[e.name] ?? e.name;
      const button = h(
        'button',
        { type: 'button', className: `chip${wasCorrected ? ' corrected' : ''}`, title: `${e.aliases.length ? `Also: ${e.aliases.join('; ')}. ` : ''}Click to correct the kind, name or other names.` },
        e.name,
        h('span', { className: 'count' }, String(e.mentions.length)),
      );
      button.addEventListener('click', () =>
        openEntityEditor(group, {
          name: e.name,
          type: e.type,
          aliases: e.aliases,
          corrected: wasCorrected,
          // A stored rename stays unless the analyst changes the name again.
          save: (change) => ctx.correct({ kind: 'entity', name: origin, ...(origin !== e.name ? { rename: e.name } : {}), ...change }),
          undo: () => ctx.undo({ kind: 'entity', name: origin }),
        }),
      );
      return h('li', {}, button);
    };
    group.append(items.length ? h('ul', { className: 'chips' }, ...items.map(chip)) : empty('None found.'));
    return group;
  });
  return h('div', { className: 'entities' }, ...groups);
}
