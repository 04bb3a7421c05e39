// Statements a headline attributes: read from the title by the rules of reported speech, with the
// speaker named as the body names them, and offsets into the title.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const BODY = 'Mike Pence and Hillary Clinton spoke in Ohio on Monday. Pence later took questions from reporters.';
const headline = (title: string) => analyzeArticle(BODY, title).titleQuotes ?? [];

describe('statements in the headline', () => {
  it('reads a sentence-case headline and names its speaker as the body does', () => {
    const [q, ...rest] = headline('Pence blames media for the uproar over his remarks');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ text: 'media for the uproar over his remarks', kind: 'indirect', speaker: { name: 'Mike Pence', mention: { text: 'Pence', start: 0, end: 5 } }, cue: { text: 'blames' } });
  });

  it('reads a headline in title case, whose verb is capitalised like every word', () => {
    const title = 'Hillary Clinton Slams Mike Pence Over Tax Plan';
    const [q] = headline(title);
    expect(q?.speaker?.name).toBe('Hillary Clinton');
    expect(q?.cue?.text).toBe('Slams');
    // The span keeps the headline's own capitals and points into it.
    expect(title.slice(q!.start, q!.end)).toBe(q!.text);
    expect(q!.text.startsWith('Mike Pence')).toBe(true);
  });

  it('finds nothing in a headline that attributes nothing', () => {
    expect(headline('Storm Floods Coastal Towns As Rivers Rise')).toEqual([]);
    expect(headline('Flooding in Ohio')).toEqual([]);
    // A wire's label before the colon is not a source.
    expect(headline('The Latest: Pence wins the Ohio vote')).toEqual([]);
  });

  it('keeps the body analysis as it was, and gives no headline statements without a title', () => {
    const a = analyzeArticle(BODY, null);
    expect(a.titleQuotes).toEqual([]);
    expect(analyzeArticle(BODY, 'Pence blames media for the uproar over his remarks').quotes).toEqual(a.quotes);
  });
});
