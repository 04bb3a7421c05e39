import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');

describe('reported statements', () => {
  it('takes the that-clause of a verb of saying, with its speaker and cue', () => {
    const t = 'Finance Minister Carla Diaz told reporters on Tuesday that the deficit would shrink next year.';
    const [q] = indirect(t);
    expect(q!.text).toBe('that the deficit would shrink next year');
    expect(q!.cue?.text).toBe('told');
    expect(q!.speaker?.name).toBe('Carla Diaz');
  });
  it('takes a clause before a trailing attribution', () => {
    const t = 'The factory will close in March, the company said on Friday.';
    const [q] = indirect(t);
    expect(q!.text).toBe('The factory will close in March');
    expect(q!.speaker?.mention.text).toBe('the company');
  });
  it('reads "according to X"', () => {
    const t = 'According to Reuters, the ceasefire collapsed overnight in two provinces.';
    const [q] = indirect(t);
    expect(q!.speaker?.name).toBe('Reuters');
    expect(q!.text).toBe('the ceasefire collapsed overnight in two provinces');
  });
  it('reads beliefs and resolves pronouns', () => {
    const t = 'Peter Novak chairs the committee. He believes the reform is overdue and should pass quickly.';
    const [q] = indirect(t);
    expect(q!.speaker).toMatchObject({ name: 'Peter Novak', mention: { text: 'He' } });
  });
  it('does not report a passive or a noun use', () => {
    expect(indirect('The candidate was endorsed by dozens of papers across the country.')).toHaveLength(0);
    expect(indirect('Eighteen states sued the agency over the rule last year.')).toHaveLength(0);
  });
});
