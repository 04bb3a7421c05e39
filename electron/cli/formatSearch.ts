// Plain-text output of `briefing search`: articles best first, each hit on its own line with the matched
// words in [brackets].
import type { EntityPage } from '../core/search/entityPage';
import type { SearchHit, SearchResults } from '../core/search/types';
import { terminalSafe } from './terminalText';

const LABEL: Record<SearchHit['kind'], string> = { title: 'title', body: 'text', quote: 'quote', proposal: 'proposal', note: 'note' };

export function formatSearchResults(results: SearchResults): string {
  if (!results.groups.length) return `no article matches ${JSON.stringify(results.query)}\n`;
  const out: string[] = [];
  for (const { article, hits } of results.groups) {
    out.push(`#${article.id}  ${article.date ?? 'undated   '}  ${article.title}${article.source ? `  (${article.source})` : ''}`);
    for (const hit of hits) {
      const who = hit.speaker ? ` ${hit.speaker}` : '';
      const text = hit.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('').replace(/\s+/g, ' ').trim();
      out.push(`    ${LABEL[hit.kind]}${who}: ${text}`);
    }
  }
  out.push(`${results.groups.length} article${results.groups.length === 1 ? '' : 's'}${results.more ? ' (more match: narrow the search or raise --limit)' : ''}`);
  if (results.rankedAmongNewest) out.push(`(ranked among the newest ${results.rankedAmongNewest.toLocaleString('en-US')} matching articles: narrow the search to rank them all)`);
  return terminalSafe(`${out.join('\n')}\n`);
}

export function formatEntityPage(page: EntityPage): string {
  const when = (d: string | null) => d ?? 'undated   ';
  const out = [`${page.name}${page.types.length ? ` (${page.types.join(', ')})` : ''}`];
  const passages = (label: string, rows: EntityPage['quotes']) => {
    out.push('', `${label} (${rows.length}):`);
    for (const r of rows) out.push(`  ${when(r.date)}  #${r.articleId} ${r.title}`, `      ${r.text.replace(/\s+/g, ' ').trim()}`);
  };
  passages('Quotes', page.quotes);
  passages('Proposals', page.proposals);
  out.push('', `Articles that mention them (${page.articles.length}):`);
  for (const a of page.articles) out.push(`  ${when(a.date)}  #${a.articleId} ${a.title}${a.source ? ` (${a.source})` : ''} — ${a.mentions} mention${a.mentions === 1 ? '' : 's'}`);
  return terminalSafe(`${out.join('\n')}\n`);
}
