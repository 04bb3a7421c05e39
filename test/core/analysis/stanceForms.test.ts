import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');
const byCue = (t: string, cue: string) => indirect(t).find((q) => q.cue?.text === cue);

// Forms of the table's verbs of stance that it lacked: the base after a plural subject or a modal,
// and the participles after a comma.
describe('the other forms of verbs of stance (reportingVerbs)', () => {
  it('reads the base form after a plural subject', () => {
    expect(byCue('Many dock workers blame the port authority for the long delays.', 'blame')?.text).toBe('the port authority for the long delays');
  });
  it('reads the base form after a modal or a plural subject of other verbs of stance', () => {
    expect(byCue('The harbour workers would reject any quota set without a hearing.', 'reject')?.text).toBe('any quota set without a hearing');
    expect(byCue('Both councils accuse each other of delaying the ferry contract.', 'accuse')?.text).toBe('each other of delaying the ferry contract');
  });
  it('reads a participle of stance after its comma for the sentence subject', () => {
    const q = byCue('Mayor Elena Varga spoke for an hour, attacking the new harbour levy as unfair.', 'attacking');
    expect(q?.text).toBe('the new harbour levy as unfair');
    expect(q?.speaker?.name).toContain('Varga');
  });
  it('reads "alleging" with its clause', () => {
    expect(byCue('The fishermen sued the council last week, alleging that the quota was set in secret.', 'alleging')?.text).toBe('the quota was set in secret');
  });
});
