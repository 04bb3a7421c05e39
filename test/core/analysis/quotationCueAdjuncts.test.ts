// A verb of saying that closes its quotation ("“…,” she said about Sanders") has said what it says in
// the quotation: the adjunct after it (of whom, where, how: "of a ban", "in Paris", "and hung up") is
// no second statement; a "that" clause after it, or the quotation going on, still is.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const reported = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);

describe("the adjuncts of a quotation's cue", () => {
  it('are not reported as statements', () => {
    const t = [
      '“Bernie promised to meet with us,” Ana Ruiz said about Sanders, who toured the state last week.',
      '“Then yes,” Ben Carson said of a potential travel ban.',
      '“I am backing the governor,” Lea Moss said and quickly hung up.',
      '“We will see,” Tom Hale said with an awkward smile, as the crowd applauded.',
    ].join('\n\n');
    expect(reported(t)).toEqual([]);
  });

  it('leave a verb of telling its addressee and adjuncts only', () => {
    const t = [
      '“We will win this state,” Ana Ruiz told a packed union hall in the old mill town.',
      '“The plan is sound,” Tom Hale told the waiting crowd of farmers on Friday.',
    ].join('\n\n');
    expect(reported(t)).toEqual([]);
  });

  it('leave a "that" clause after the cue, and a cue before its quotation, as statements', () => {
    const t = '“It is over,” Ana Ruiz said on Monday that the deal had collapsed in the night.\n\nTom Hale said about the plan that it would cost far too much money.';
    const found = reported(t);
    expect(found.some((x) => x.endsWith('the deal had collapsed in the night'))).toBe(true);
    expect(found.some((x) => x.startsWith('about the plan'))).toBe(true);
  });
});
