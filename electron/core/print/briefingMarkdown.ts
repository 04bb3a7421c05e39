// The briefing and its notes as a Markdown document (notes are kept as the analyst wrote them; all that
// comes from the article is escaped, as a page's title or site name can hold HTML or Markdown).
import { proposalKindLine } from '../../common/analysisLabels';
import { ENTITY_GROUPS, headlineStatements } from '../../common/briefingParts';
import type { Briefing } from '../model';
import { escapeMarkdown as m } from './escapeMarkdown';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../common/exportOptions';

/** Several briefings as one document: a pack's title and introduction (the analyst's Markdown, kept as
 * written, like notes) open it; compact changes nothing here, as Markdown has no cover or contents. */
export function packMarkdown(briefings: Briefing[], options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const head = options.title || options.intro.trim() ? `${options.title ? `# ${m(options.title)}\n\n` : ''}${options.intro.trim() ? `${options.intro.trim()}\n\n` : ''}---\n\n` : '';
  return head + briefings.map((b) => briefingMarkdown(b, options)).join('\n---\n\n');
}

export function briefingMarkdown(briefing: Briefing, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const { article, analysis, facts, notes } = briefing;
  const lines: string[] = [`# ${m(article.title)}`, ''];
  lines.push(`- **Date:** ${m(article.date ?? 'undated')}`);
  if (article.source) lines.push(`- **Source:** ${m(article.source)}`);
  if (facts.keyPeople.length) lines.push(`- **Who:** ${m(facts.keyPeople.join(', '))}`);
  if (facts.places.length) lines.push(`- **Where:** ${m(facts.places.join(', '))}`);
  for (const l of headlineStatements(analysis)) lines.push(`- **In the headline:** ${m(l)}`);
  lines.push('', '## Summary', '', m(analysis.summary.map((s) => s.text).join(' ')) || '_No summary._', '');
  const notesSection = () => {
    lines.push('## Analyst notes', '');
    notes.forEach((n, i) => lines.push(`### Note ${i + 1} (${n.updatedAt.slice(0, 16).replace('T', ' ')} UTC)`, '', n.body, ''));
    if (!notes.length) lines.push('_No notes._', '');
  };
  if (options.notesFirst) notesSection();
  lines.push('## Quotes', '');
  analysis.quotes.forEach((q, i) => {
    const who = q.speaker ? m(q.speaker.name) : 'speaker not identified';
    // Corrections (issue 14): a quote the analyst added says so.
    const added = analysis.added[`q${i}`] ? ', added by the analyst' : '';
    lines.push(`- **${who}** (${q.kind === 'direct' ? 'quoted' : 'reported'}${q.cue ? `, ${m(q.cue.text)}` : ''}${added}): ${m(q.text)}`);
  });
  if (!analysis.quotes.length) lines.push('_No quotes found._');
  lines.push('', '## Proposals', '');
  analysis.proposals.forEach((p, i) => {
    const kind = [proposalKindLine(p), analysis.added[`p${i}`] ? 'added by the analyst' : ''].filter(Boolean).join(', ');
    lines.push(`- **${p.actor ? m(p.actor.name) : 'actor not identified'}**${kind ? ` (${m(kind)})` : ''}: ${m(p.text)}`);
  });
  if (!analysis.proposals.length) lines.push('_No proposals found._');
  lines.push('', '## People, organisations and places', '');
  for (const { type, label } of ENTITY_GROUPS) {
    const names = analysis.entities.filter((x) => x.type === type).map((x) => m(x.name));
    lines.push(`- **${label}:** ${names.join(', ') || 'none found'}`);
  }
  lines.push('');
  if (!options.notesFirst) notesSection();
  return `${lines.join('\n').trimEnd()}\n`;
}
