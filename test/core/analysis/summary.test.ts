import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

describe('summary', () => {
  const t = [
    'The city council approved a new tram line on Monday after years of debate.',
    'It will run from the harbour to the university.',
    'Council leader Mia Holt said the tram line would cut traffic in the centre.',
    'The weather was cold.',
    'Construction of the tram line starts in spring and the tram line should open in 2027.',
    'Critics of the tram line say the council underestimated its cost.',
    'Local shops were closed for a holiday.',
  ].join(' ');
  const s = analyzeArticle(t, 'Council approves tram line').summary;
  it('gives 1 to 5 sentences in reading order, starting with the lead', () => {
    expect(s.length).toBeGreaterThanOrEqual(1);
    expect(s.length).toBeLessThanOrEqual(5);
    expect(s[0]!.text.startsWith('The city council approved')).toBe(true);
    for (let i = 1; i < s.length; i++) expect(s[i]!.start).toBeGreaterThan(s[i - 1]!.start);
  });
  it('prefers sentences about the story and never a dangling pronoun', () => {
    const texts = s.map((x) => x.text);
    expect(texts).not.toContain('The weather was cold.');
    const it = texts.indexOf('It will run from the harbour to the university.');
    if (it >= 0) expect(texts).toContain('The city council approved a new tram line on Monday after years of debate.');
  });
  it('never takes a sentence that starts or ends inside a quotation', () => {
    const t = [
      'The council met on Monday.',
      'The weather was cold and the hall was full.',
      '“Coffee was served at noon. The harbour tram line plan for the harbour district gives the harbour district a tram line,” said the tram council chair Ana Lind.',
      'Some members left early.',
      'A vote on parking follows in May.',
      'The minutes are online.',
      'Nobody asked about the budget.',
    ].join(' ');
    const texts = analyzeArticle(t, 'Harbour tram line plan for the harbour district').summary.map((x) => x.text);
    expect(texts.length).toBeGreaterThan(1);
    for (const x of texts) {
      expect(x.startsWith('The harbour tram line plan')).toBe(false);
      expect(x.startsWith('“Coffee was served')).toBe(false);
    }
  });
  it('counts a standfirst that the lead repeats once, keeping the standfirst', () => {
    const t = [
      'The harbour council approved a new tram line from the old port to the university campus on Monday, but the line will not open before 2027, the council chair said',
      '',
      'MALMO, May 3. /TT/. The harbour council approved a new tram line from the old port to the university campus on Monday, but the line will not open before 2027, council chair Ana Lind told reporters.',
      'Work on the tram line starts in spring and the line should open in 2027.',
      'The council will borrow most of the cost of the tram line from the state bank.',
      'Critics of the tram line say the council underestimated its cost.',
      'The weather was cold.',
      'Local shops were closed for a holiday.',
    ].join('\n');
    const texts = analyzeArticle(t, null).summary.map((x) => x.text);
    expect(texts[0]!.endsWith('the council chair said')).toBe(true);
    expect(texts.filter((x) => x.includes('approved a new tram line'))).toHaveLength(1);
    expect(texts.length).toBeGreaterThanOrEqual(3);
  });
  it('summarizes an article alike before and after a text of many words (whose word tables are let go)', () => {
    const before = analyzeArticle(t, 'Council approves tram line').summary;
    const many = Array.from({ length: 8000 }, (_x, i) => `Sentence ${i} names w${i}a w${i}b w${i}c w${i}d w${i}e w${i}f w${i}g w${i}h w${i}i and the tram.`).join(' ');
    expect(analyzeArticle(many, 'The tram').summary.length).toBeGreaterThan(0);
    expect(analyzeArticle(t, 'Council approves tram line').summary).toEqual(before);
    expect(before).toEqual(s);
  });
});
