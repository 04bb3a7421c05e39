import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');

describe('"according to" with a long source', () => {
  it('reads a source that runs past a name phrase to its comma, and reports the clause after it', () => {
    const t = 'According to early returns from a survey of farmers carried out for the cooperative by Field Data Group, most growers expect a smaller harvest this autumn.';
    const [q] = indirect(t);
    expect(q!.text).toBe('most growers expect a smaller harvest this autumn');
    expect(q!.cue?.text).toBe('According to');
  });
  it('reads a source with a slash in its name', () => {
    const [q] = indirect('According to a Harris/Decima survey, the two parties are level in the capital.');
    expect(q!.text).toBe('the two parties are level in the capital');
  });
  it('names a source up to its relative clause and reports the sentence around it', () => {
    const t = 'Missing from the talks, according to delegates who briefed journalists afterwards, was any word on the fishing quotas.';
    const [q] = indirect(t);
    expect(q!.text).toBe(t.slice(0, -1));
    expect(q!.speaker?.mention.text).toBe('delegates');
  });
  it('does not run a short source past a verb of its own', () => {
    const [q] = indirect('According to the mayor, who spoke on Monday, the bridge will reopen in May.');
    expect(q!.text).toBe('the bridge will reopen in May');
  });
});

describe('a subject with an appositive before its verb of saying', () => {
  it('takes "said the …" followed by a verb as the reported clause, not as the speaker', () => {
    const [q] = indirect('Maria Lopez, a teacher from Denver, said the new rules would hurt her students.');
    expect(q!.text).toBe('the new rules would hurt her students');
    expect(q!.speaker?.name).toBe('Maria Lopez');
  });
  it('still reads "…, said the senator who …" as an inverted attribution', () => {
    const [q] = indirect('The plan will fail, said the senator who chairs the committee.');
    expect(q!.text).toBe('The plan will fail');
    expect(q!.speaker?.mention.text).toContain('senator');
  });
});
