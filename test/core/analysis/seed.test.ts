import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { parseArticle } from '../../../electron/core/importer/articleHeader';
import { expectSpansConsistent } from './helpers';

const raw = readFileSync(join(__dirname, '../../../seeds/000_3186beaf5c2ea66a.txt'), 'utf8');
const { text, title } = parseArticle(raw);
const a = analyzeArticle(text, title);
const TOKAYEV = 'Kassym-Jomart Tokayev';

describe('the Kazinform seed', () => {
  it('keeps every span true to the text', () => expectSpansConsistent(text, a));
  it('attributes both direct quotations to Tokayev, the first through "he"', () => {
    const d = a.quotes.filter((q) => q.kind === 'direct');
    expect(d).toHaveLength(2);
    expect(d[0]!.text.startsWith('Kazakhstan removed the Taliban regime')).toBe(true);
    expect(d[0]!.speaker).toMatchObject({ name: TOKAYEV, mention: { text: 'he' } });
    expect(d[1]!.text.startsWith('We consider it extremely important')).toBe(true);
    expect(d[1]!.speaker?.name).toBe(TOKAYEV);
  });
  it('reports his statements', () => {
    const ind = a.quotes.filter((q) => q.kind === 'indirect' && q.speaker?.name === TOKAYEV).map((q) => q.text);
    expect(ind.some((x) => x.startsWith('that a key strategic objective'))).toBe(true);
    expect(ind.some((x) => x.startsWith('that effective practical measures should be taken'))).toBe(true);
    // "focusing the CSTO's efforts on the most relevant …" is his proposal, not the CSTO's statement.
    expect(a.quotes.filter((q) => q.cue?.text === 'efforts')).toEqual([]);
  });
  it('summarises without a sentence cut out of a quotation', () => {
    expect(a.summary.length).toBeGreaterThanOrEqual(1);
    for (const s of a.summary) expect(s.text.startsWith('We welcome the signing')).toBe(false);
  });
  it('finds his proposals, with their kinds, cues and actors', () => {
    const got = a.proposals.map((p) => [p.actor?.name, p.kind, p.cue?.text]);
    expect(got).toContainEqual([TOKAYEV, 'call', 'called for']);
    expect(got).toContainEqual([TOKAYEV, 'proposal', 'proposed']);
    expect(got).toContainEqual(['Kazakhstan', 'commitment', 'is also determined to']);
    expect(a.proposals.find((p) => p.cue?.text === 'called for')?.text).toMatch(/^support of Kazakhstan’s initiative to create a UN Regional Center/);
    // Inside his quotation: "We consider it extremely important to increase cooperation …".
    expect(a.proposals.find((p) => p.text.startsWith('increase cooperation with relevant structures'))?.actor?.name).toBe(TOKAYEV);
    expect(a.proposals.every((p) => p.actor !== null)).toBe(true);
  });
  it('finds the entities with their types and aliases', () => {
    const by = (n: string) => a.entities.find((e) => e.name === n || e.aliases.includes(n));
    expect(by(TOKAYEV)?.type).toBe('person');
    expect(by('Tokayev')?.name).toBe(TOKAYEV);
    expect(by('Head of State')?.name).toBe(TOKAYEV);
    expect(by('President of Kazakhstan')?.name).toBe(TOKAYEV);
    for (const o of ['CSTO', 'UN', 'CIS', 'SCO', 'Taliban']) expect(by(o)?.type, o).toBe('organization');
    for (const p of ['Kazakhstan', 'Afghanistan', 'Almaty', 'Central Asia']) expect(by(p)?.type, p).toBe('place');
  });
});
