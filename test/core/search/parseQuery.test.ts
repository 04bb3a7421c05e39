import { describe, expect, it } from 'vitest';
import { ftsString, parseQuery } from '../../../electron/core/search/parseQuery';

describe('parseQuery', () => {
  it('quotes every word and phrase, so the analyst\'s text is never FTS5 syntax', () => {
    expect(parseQuery('water management').match).toBe('"water" AND "management"');
    expect(parseQuery('"water management" talks').match).toBe('"water management" AND "talks"');
    expect(parseQuery('“Central Asia”').match).toBe('"Central Asia"');
    expect(parseQuery('negotiat*').match).toBe('"negotiat"*');
    expect(parseQuery('a"b"').match).toBe('"a" AND "b"');
    expect(parseQuery('"he said: (no) NOT*"').match).toBe('"he said: (no) NOT*"');
    expect(ftsString({ text: 'say "no"', kind: 'phrase' })).toBe('"say ""no"""');
    expect(parseQuery('col:val NEAR(x)').match).toBe('"col:val" AND "NEAR(x)"');
  });

  it('joins alternatives with OR and excludes words with -', () => {
    expect(parseQuery('water OR river dam').match).toBe('("water" OR "river") AND "dam"');
    expect(parseQuery('water -"Aral Sea" -dam').match).toBe('(("water") NOT "Aral Sea") NOT "dam"');
  });

  it('refuses empty, unclosed, too short and too long searches with a message', () => {
    expect(() => parseQuery('  ')).toThrow(/Type something/);
    expect(() => parseQuery('"water')).toThrow(/not closed/);
    expect(() => parseQuery('w*')).toThrow(/two letters/);
    expect(() => parseQuery('-water')).toThrow(/not only what to leave out/);
    expect(() => parseQuery('x'.repeat(501))).toThrow(/too long/);
    expect(() => parseQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toThrow(/too many/);
  });
});
