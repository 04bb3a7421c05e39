// One line of `briefing analyze --jsonl`: the output contract of ../shared/eval/README.md.
import { analyzeArticle } from '../core/analysis/index';
import { parseArticle } from '../core/importer/articleHeader';

export function analysisRecord(file: string, raw: string): Record<string, unknown> {
  const parsed = parseArticle(raw);
  const analysis = analyzeArticle(parsed.text, parsed.title);
  return {
    file,
    text: parsed.text,
    date: parsed.date,
    title: parsed.title,
    summary: analysis.summary,
    quotes: analysis.quotes,
    proposals: analysis.proposals,
    entities: analysis.entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions })),
  };
}
