// The briefing and its notes as a Markdown document (notes are kept as the analyst wrote them).
import { ENTITY_GROUPS } from '../../common/briefingParts';
import type { Briefing } from '../model';

export function briefingMarkdown(briefing: Briefing): string {
  const { article, analysis, facts, notes } = briefing;
  const lines: string[] = [`# ${article.title}`, ''];
  lines.push(`- **Date:** ${article.date ?? 'undated'}`);
  if (article.source) lines.push(`- **Source:** ${article.source}`);
  if (facts.keyPeople.length) lines.push(`- **Who:** ${facts.keyPeople.join(', ')}`);
  if (facts.places.length) lines.push(`- **Where:** ${facts.places.join(', ')}`);
  lines.push('', '## Summary', '', analysis.summary.map((s) => s.text).join(' ') || '_No summary._', '', '## Quotes', '');
  for (const q of analysis.quotes) {
    const who = q.speaker?.name ?? 'speaker not identified';
    lines.push(`- **${who}** (${q.kind === 'direct' ? 'quoted' : 'reported'}${q.cue ? `, ${q.cue.text}` : ''}): ${q.text.replace(/\s+/g, ' ')}`);
  }
  if (!analysis.quotes.length) lines.push('_No quotes found._');
  lines.push('', '## Proposals', '');
  for (const p of analysis.proposals) lines.push(`- **${p.actor?.name ?? 'actor not identified'}**: ${p.text.replace(/\s+/g, ' ')}`);
  if (!analysis.proposals.length) lines.push('_No proposals found._');
  lines.push('', '## People, organisations and places', '');
  for (const { type, label } of ENTITY_GROUPS) {
    const names = analysis.entities.filter((x) => x.type === type).map((x) => x.name);
    lines.push(`- **${label}:** ${names.join(', ') || 'none found'}`);
  }
  lines.push('', '## Analyst notes', '');
  notes.forEach((n, i) => lines.push(`### Note ${i + 1} (${n.updatedAt.slice(0, 16).replace('T', ' ')} UTC)`, '', n.body, ''));
  if (!notes.length) lines.push('_No notes._', '');
  return `${lines.join('\n').trimEnd()}\n`;
}
