// The briefing of one article: who/when/where, summary, quote and proposal cards that jump to their
// passage in the full text, entities by kind, and the full text with its passages highlighted.
// Article details line and form (s18-lib).
import { articleMetaLine } from '../electron/common/articleMeta';
import { articleDetailsButton } from './articleDetailsForm';
import type { Entity, EntityType, Proposal, ProposalKind, Quote } from '../electron/core/analysis/types';
import type { Correction } from '../electron/core/corrections';
import type { IpcResult } from '../electron/ipc/contract';
import type { Briefing } from '../electron/core/model';
import { ENTITY_GROUPS, headlineStatements, quotationText, quotesDirectFirst } from '../electron/common/briefingParts';
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
// Entity page (issue 14)
import { entityPageButton } from './entityView';
// Corrections across the library (issue 14)
import type { AddCorrection, Dismissed } from '../electron/core/corrections';
import { addPassageBar } from './addPassageForm';
import { didCorrect, forgetCorrectionUndo } from './correctionUndo';
import { dismissedSection } from './dismissedSection';
import { openMergeForm } from './entityMergeForm';

interface CardContext {
  briefing: Briefing;
  /** Names the analyst may pick for a speaker or actor: the briefing's people and organisations. */
  names: string[];
  correct(correction: Correction): void;
  undo(correction: Correction): void;
  /** Corrections across the library (issue 14): stores or removes a correction and offers to undo it. */
  correctUndoably(correction: Correction, message: string): void;
  removeUndoably(correction: Correction, message: string): void;
  merge(alias: string, into: string): void;
  split(alias: string): void;
  setKind(name: string, type: EntityType): void;
}

let shownArticle: number | null = null;

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
  if (shownArticle !== article.id) forgetCorrectionUndo();
  shownArticle = article.id;
  forgetDrawnUnless(article.id);
  const send = (call: Promise<IpcResult<Briefing>>) =>
    void unwrap(call).then(corrected, (err: Error) => announce(err.message, 'error'));
  // Corrections across the library (issue 14): each says what it did, with an undo that reverses it.
  const reload = async () => corrected(await unwrap(api().getBriefing(article.id)));
  const apply = async (call: Promise<IpcResult<unknown>>) => {
    await unwrap(call);
    await reload();
  };
  const undoable = (run: () => Promise<void>, message: string, reverse: () => Promise<void>) =>
    void run().then(() => didCorrect(message, reverse), (err: Error) => announce(err.message, 'error'));
  const save = (c: Correction) => () => apply(api().correct(article.id, c));
  const remove = (c: Correction) => () => apply(api().undoCorrection(article.id, c));
  const merge = (alias: string, into: string) => async () => {
    const { replaced } = await unwrap(api().mergeEntities(alias, into));
    await reload();
    return replaced;
  };
  const split = (alias: string) => async () => {
    const { removed } = await unwrap(api().splitAlias(alias));
    await reload();
    return removed;
  };
  const kind = (name: string, type: EntityType | null) => async () => {
    const { previous } = await unwrap(api().setEntityKind(name, type));
    await reload();
    return previous;
  };
  const ctx: CardContext = {
    briefing,
    names: analysis.entities.filter((e) => e.type !== 'place').map((e) => e.name).sort((a, b) => a.localeCompare(b)),
    correct: (c) => send(api().correct(article.id, c)),
    undo: (c) => send(api().undoCorrection(article.id, c)),
    correctUndoably: (c, message) => undoable(save(c), message, remove(c)),
    removeUndoably: (c, message) => undoable(remove(c), message, save(c)),
    merge: (alias, into) => {
      let replaced: { alias: string; into: string } | null = null;
      undoable(
        async () => void (replaced = await merge(alias, into)()),
        `“${alias}” merged into “${into}” in every article.`,
        () => (replaced ? merge(replaced.alias, replaced.into)() : split(alias)()).then(() => undefined),
      );
    },
    setKind: (name, type) => {
      let previous: EntityType | null = null;
      undoable(async () => void (previous = await kind(name, type)()), `“${name}” is a ${type === 'organization' ? 'organisation' : type} in every article.`, () => kind(name, previous)().then(() => undefined));
    },
    split: (alias) => {
      const shown = Object.entries(analysis.merged).find(([, names]) => names.includes(alias))?.[0];
      // Undo merges it back into the name it was merged into, which the answer says (it may be a name
      // that was itself merged into the one shown).
      let removed: { alias: string; into: string } | null = null;
      undoable(
        async () => void (removed = await split(alias)()),
        `“${alias}” split off${shown ? ` from “${shown}”` : ''} in every article.`,
        () => (removed ? merge(removed.alias, removed.into)().then(() => undefined) : Promise.resolve()),
      );
    },
  };
  const restore = (d: Dismissed) => ctx.removeUndoably(d.correction, `${d.what === 'entity' ? 'Entity' : d.what === 'quote' ? 'Quote' : 'Proposal'} restored.`);
  root.append(
    h(
      'header',
      { className: 'brief-head' },
      h('div', { className: 'kicker' }, 'Briefing'),
      h('h1', { id: 'briefing-title', tabindex: -1 }, article.title),
      h('div', { className: 'brief-meta' }, articleMetaLine(article)),
      headlineLine(headlineStatements(analysis)),
      // Edit the title, date and source (s18-lib).
      articleDetailsButton(article),
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
    dismissedSection(analysis.dismissed, restore) ?? '',
    section('Full text', 'fulltext', fullTextView(briefing)),
  );
  // Corrections across the library (issue 14): add a quote or proposal from a selection in the full text.
  root.querySelector('#h-fulltext')!.after(addPassageBar(article.body, ctx.names, (c: AddCorrection) => ctx.correctUndoably(c, `${c.kind === 'add-quote' ? 'Quote' : 'Proposal'} added.`)));
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

/** The statements the headline attributes ("Pence blames media for …"), which no card shows. */
function headlineLine(lines: string[]): HTMLElement | string {
  if (!lines.length) return '';
  return h('div', { className: 'headline-claims' }, h('span', { className: 'headline-label', id: 'headline-label' }, 'In the headline'), h('ul', { 'aria-labelledby': 'headline-label' }, ...lines.map((l) => h('li', {}, l))));
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
  const added = ctx.briefing.analysis.added[`q${i}`];
  const corrected = ctx.briefing.analysis.corrected.includes(`q${i}`) || added !== undefined;
  // The words that named the analysis's speaker ("via “he”") say nothing of a speaker the analyst chose.
  const via = q.speaker && !corrected && q.speaker.mention.text !== q.speaker.name;
  const speaker = q.speaker
    ? h('span', {}, q.speaker.name, via ? h('span', { className: 'via', title: 'How the text names the speaker here' }, ` via “${q.speaker.mention.text}”`) : null)
    : h('span', { className: 'unknown' }, 'Speaker not identified');
  const text = quotationText(q);
  // Corrected once already: keep addressing the stored correction, wherever re-analysis moved the quote.
  const target = ctx.briefing.analysis.spanCorrections[`q${i}`] ?? { kind: 'speaker' as const, start: q.start, end: q.end, quote: q.text, name: null };
  // An added quote is corrected by correcting what added it; dismissing it takes the addition back.
  const save = (name: string | null) => ctx.correct(added?.kind === 'add-quote' ? { ...added, name } : { ...target, name });
  const wrap = card(
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
          corrected: corrected && !added,
          save,
          undo: () => ctx.undo({ ...target, name: null }),
        }),
      dismiss: added
        ? { label: 'Remove this added quote', run: () => ctx.removeUndoably(added, 'Added quote removed.') }
        : { label: 'Dismiss this quote', run: () => ctx.correctUndoably({ kind: 'dismiss-quote', start: q.start, end: q.end, quote: q.text }, 'Quote dismissed.') },
    },
    h(
      'div',
      { className: 'card-who' },
      speaker,
      h('span', { className: `badge ${q.kind}` }, q.kind === 'direct' ? 'quoted' : 'reported'),
      q.cue ? h('span', { className: 'cue' }, q.cue.text) : null,
      added ? h('span', { className: 'badge added', title: 'Added by the analyst' }, 'added') : corrected ? h('span', { className: 'badge corrected', title: 'Corrected by the analyst' }, 'corrected') : null,
    ),
    h('div', { className: 'card-text' }, text),
    added ? h('div', { className: 'card-how' }, 'Added by the analyst') : corrected ? h('div', { className: 'card-how' }, 'Speaker: corrected by the analyst') : q.speaker && q.speakerRule ? h('div', { className: 'card-how' }, speakerHow(q)) : null,
  );
  // Entity page (issue 14): beside the card (a button cannot hold another), the speaker's page.
  if (q.speaker) wrap.append(entityPageButton(q.speaker.name, 'card-person', 'page ↗'));
  return wrap;
}

function proposalCard(p: Proposal, i: number, ctx: CardContext): HTMLElement {
  const added = ctx.briefing.analysis.added[`p${i}`];
  const corrected = ctx.briefing.analysis.corrected.includes(`p${i}`) || added !== undefined;
  const target = ctx.briefing.analysis.spanCorrections[`p${i}`] ?? { kind: 'actor' as const, start: p.start, end: p.end, quote: p.text, name: null };
  const save = (name: string | null) => ctx.correct(added?.kind === 'add-proposal' ? { ...added, name } : { ...target, name });
  const wrap = card(
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
          corrected: corrected && !added,
          save,
          undo: () => ctx.undo({ ...target, name: null }),
        }),
      dismiss: added
        ? { label: 'Remove this added proposal', run: () => ctx.removeUndoably(added, 'Added proposal removed.') }
        : { label: 'Dismiss this proposal', run: () => ctx.correctUndoably({ kind: 'dismiss-proposal', start: p.start, end: p.end, quote: p.text }, 'Proposal dismissed.') },
    },
    h(
      'div',
      { className: 'card-who' },
      // The actor's name says, on hover, how it was found ("Actor: who says it; found by the rule …").
      p.actor ? h('span', { className: 'actor' }, p.actor.name) : h('span', { className: 'unknown' }, 'Actor not identified'),
      p.kind ? h('span', { className: `badge kind-${p.kind}` }, p.kind) : null,
      p.cue ? h('span', { className: 'cue' }, p.cue.text.replace(/\s+/g, ' ')) : null,
      added ? h('span', { className: 'badge added', title: 'Added by the analyst' }, 'added') : corrected ? h('span', { className: 'badge corrected' }, 'corrected') : null,
    ),
    h('div', { className: 'card-text' }, p.text),
    // How the analysis found the actor; once the analyst corrected it, that is what the card says.
    h('div', { className: 'card-how' }, added ? 'Added by the analyst' : corrected ? 'Actor: corrected by the analyst' : actorHow(p)),
  );
  // Entity page (issue 14): the actor's page.
  if (p.actor) wrap.append(entityPageButton(p.actor.name, 'card-person', 'page ↗'));
  return wrap;
}

/**
 * A card: its main part is a button (Enter, Space or a click scrolls the full text to the passage and
 * flashes it, and the words naming the speaker); beside it, a button to correct the analysis.
 */
function card(markId: string, kind: string, span: { start: number; end: number }, mentionId: string | null, correction: { label: string; edit(host: HTMLElement): void; dismiss?: { label: string; run(): void } }, ...children: (Node | null)[]): HTMLElement {
  const main = h('button', { type: 'button', className: `card ${kind}`, 'data-mark': markId, 'data-start': span.start, 'data-end': span.end, title: 'Show in the full text' }, ...children.filter((c): c is Node => c !== null));
  main.addEventListener('click', () => {
    ensureFullText();
    rememberCard(main);
    jumpTo(markId);
    if (mentionId) flash(mentionId);
  });
  const edit = h('button', { type: 'button', className: 'card-edit', title: correction.label, 'aria-label': correction.label }, '✎');
  // Corrections across the library (issue 14): dismiss a false quote or proposal.
  const dismiss = correction.dismiss ? h('button', { type: 'button', className: 'card-dismiss', title: correction.dismiss.label, 'aria-label': correction.dismiss.label }, '×') : null;
  dismiss?.addEventListener('click', () => correction.dismiss!.run());
  const wrap = h('div', { className: 'card-wrap' }, main, edit, dismiss ?? '');
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
      const merged = ctx.briefing.analysis.merged[e.name] ?? [];
      // A per-article rename is this article's; across the library the entity is known by the analysis's name.
      const libraryName = merged.length ? e.name : origin;
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
          // Corrections across the library (issue 14): merged under the name it has across the library.
          merge: () => openMergeForm(group, libraryName, ctx.briefing.analysis.entities.map((x) => x.name).filter((n) => n !== e.name), (into) => ctx.merge(libraryName, into)),
          libraryAliases: merged,
          split: (alias) => ctx.split(alias),
          setKindEverywhere: (type) => ctx.setKind(libraryName, type),
        }),
      );
      const dismiss = h('button', { type: 'button', className: 'chip-dismiss', title: 'Not an entity: dismiss it', 'aria-label': `Dismiss “${e.name}”` }, '×');
      dismiss.addEventListener('click', () => ctx.correctUndoably({ kind: 'dismiss-entity', name: origin }, `“${e.name}” dismissed.`));
      return h('li', {}, button, dismiss, entityPageButton(e.name, 'chip-page', '↗'));
    };
    group.append(items.length ? h('ul', { className: 'chips' }, ...items.map(chip)) : empty('None found.'));
    return group;
  });
  return h('div', { className: 'entities' }, ...groups);
}
