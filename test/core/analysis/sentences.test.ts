import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../electron/core/analysis/text/sentences';

const split = (t: string) => splitSentences(t, splitParagraphs(t)).map((s) => t.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('keeps abbreviations, titles and initials inside the sentence', () => {
    const t = 'Mr. Smith met Dr. J. Brown in the U.S. capital in Sept. last year. They talked.';
    expect(split(t)).toEqual(['Mr. Smith met Dr. J. Brown in the U.S. capital in Sept. last year.', 'They talked.']);
  });
  it('never ends a sentence at dotted initials or abbreviated titles', () => {
    const t = 'India’s S.M. Krishna met H.E. the Ambassador of the U.N. Mission. Gen. Smith chaired meeting No. 4 in the U.S. Mission.';
    expect(split(t)).toEqual(['India’s S.M. Krishna met H.E. the Ambassador of the U.N. Mission.', 'Gen. Smith chaired meeting No. 4 in the U.S. Mission.']);
  });
  it('ends a sentence after a closing quotation mark and at paragraph breaks', () => {
    const t = '“We will win.” The crowd cheered\n\nA new paragraph begins here.';
    expect(split(t)).toEqual(['“We will win.”', 'The crowd cheered', 'A new paragraph begins here.']);
  });
  it('does not split before a lower-case word', () => {
    expect(split('“Go home,” he said. “Now.” She left.')).toEqual(['“Go home,” he said.', '“Now.”', 'She left.']);
  });
});
