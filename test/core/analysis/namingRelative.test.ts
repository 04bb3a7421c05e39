// Naming relative clauses ("what X called “…”", "a bill that critics called unfair"): the statement
// runs from the relative word through the name given; each sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { expectSpansConsistent } from './helpers';

const indirect = (t: string) => {
  const a = analyzeArticle(t, null);
  expectSpansConsistent(t, a);
  return a.quotes.filter((q) => q.kind === 'indirect');
};

describe('naming relative clauses', () => {
  it('reads "what NAME described as “…”" from the relative word through the quotation', () => {
    const qs = indirect('The mayor defended the plan, which Councillor Agnes Moreau described as “a gift to developers,” at the meeting.');
    const q = qs.find((x) => x.cue?.text === 'described');
    expect(q!.text).toBe('which Councillor Agnes Moreau described as “a gift to developers,”');
    expect(q!.speaker?.name).toContain('Moreau');
  });
  it('reads an unquoted name after "that critics called"', () => {
    const qs = indirect('The council passed a parking rule that critics called plainly unfair, and went home.');
    const q = qs.find((x) => x.cue?.text === 'called');
    expect(q!.text).toBe('that critics called plainly unfair');
  });
  it('does not read a phrasal verb ("what he called for") or a determiner ("That night, Hale called …")', () => {
    expect(indirect('The union got what it called for in the talks.').some((x) => x.text.startsWith('what'))).toBe(false);
    expect(indirect('That night the governor called Dana Reyes to the mansion.').some((x) => x.text.startsWith('That'))).toBe(false);
  });
});
