import { describe, expect, it } from 'vitest';
import { reportingVerbs } from '../../../electron/core/analysis/lexicon/reportingVerbs';
import { CLAUSE_CUES, SPEECH_CUES } from '../../../electron/core/analysis/lexicon/lexicon';

describe('the table of reporting verbs', () => {
  it('gives a tag to every form of its line, or only to the forms it names', () => {
    const speech = reportingVerbs('speech');
    for (const f of ['say', 'says', 'said', 'saying']) expect(speech.has(f)).toBe(true);
    // "said" opens a clause without "that"; the participle "saying" does not.
    expect(reportingVerbs('zeroThat').has('said')).toBe(true);
    expect(reportingVerbs('zeroThat').has('saying')).toBe(false);
    expect(reportingVerbs('participle').has('saying')).toBe(true);
  });
  it('is where the stages read their lists from', () => {
    expect([...SPEECH_CUES].sort()).toEqual([...reportingVerbs('speech')].sort());
    expect([...CLAUSE_CUES].sort()).toEqual([...reportingVerbs('clause')].sort());
  });
  it('hands out a copy, so no caller can change another stage’s list', () => {
    reportingVerbs('ask').add('pondered');
    expect(reportingVerbs('ask').has('pondered')).toBe(false);
  });
});
