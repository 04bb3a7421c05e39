// Plain-text output of the command line.
import type { ImportReport } from '../core/importer/importArticle';
import type { Briefing } from '../core/model';
import { oneLine, terminalSafe } from './terminalText';

export function formatImportReport(report: ImportReport): string {
  const lines = report.outcomes.map((o) => {
    if (o.status === 'refused') return `refused   ${oneLine(o.file)}: ${oneLine(o.reason)}`;
    const notes = o.notices.length ? ` (${oneLine(o.notices.join('; '))})` : '';
    return `${o.status === 'imported' ? 'imported ' : 'duplicate'} ${oneLine(o.file)} -> #${o.articleId} ${oneLine(o.title)}${notes}`;
  });
  lines.push(`${report.imported} imported, ${report.duplicates} duplicate, ${report.refused} refused`);
  return `${lines.join('\n')}\n`;
}

export function formatBriefing({ article, analysis, facts, notes }: Briefing): string {
  const out = [`#${article.id} ${oneLine(article.title)}`, `${article.date ?? 'undated'}${article.source ? ` · ${oneLine(article.source)}` : ''}`];
  if (facts.keyPeople.length) out.push(`Who: ${facts.keyPeople.join(', ')}`);
  if (facts.places.length) out.push(`Where: ${facts.places.join(', ')}`);
  out.push('', 'Summary:', ...analysis.summary.map((s) => `  ${s.text}`), '', 'Quotes:');
  for (const q of analysis.quotes) out.push(`  [${q.kind}] ${q.speaker?.name ?? '(speaker unknown)'}: ${q.text.replace(/\s+/g, ' ')}`);
  out.push('', 'Proposals:');
  for (const p of analysis.proposals) out.push(`  ${p.actor?.name ?? '(actor unknown)'}: ${p.text.replace(/\s+/g, ' ')}`);
  out.push('', 'Entities:');
  for (const e of analysis.entities) out.push(`  ${e.type}: ${e.name}${e.aliases.length ? ` (${e.aliases.join('; ')})` : ''}`);
  out.push('', `Notes (${notes.length}):`);
  for (const n of notes) out.push(`  --- ${n.updatedAt}`, ...n.body.split('\n').map((l) => `  ${l}`));
  // Every line is the article's or the analyst's text: escaped as a whole, its line breaks kept.
  return terminalSafe(`${out.join('\n')}\n`);
}
