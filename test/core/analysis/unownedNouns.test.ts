// Nouns of stance with no owner ("criticism of the levy", "calls for a recount"): their object is a
// statement with no speaker. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { expectSpansConsistent } from './helpers';

const indirect = (t: string) => {
  const a = analyzeArticle(t, null);
  expectSpansConsistent(t, a);
  return a.quotes.filter((q) => q.kind === 'indirect');
};

describe('a noun of stance with no owner', () => {
  it('reports the object of its preposition, with no speaker', () => {
    const q = indirect('The harbour plan drew fresh criticism of the toll bridge on Tuesday.').find((x) => x.cue?.text === 'criticism');
    expect(q!.text).toBe('the toll bridge on Tuesday');
    expect(q!.speaker).toBeNull();
  });
  it('ends the object at the verb of the sentence', () => {
    const q = indirect('Across the valley, calls for a second count have grown louder.').find((x) => x.cue?.text === 'calls');
    expect(q!.text).toBe('a second count');
  });
  it('reads doubts and questions about a thing', () => {
    const qs = indirect('Yet doubts about the ferry contract have grown, and questions about Mr. Hale have gone unanswered.');
    expect(qs.find((x) => x.cue?.text === 'doubts')!.text).toBe('the ferry contract');
    expect(qs.find((x) => x.cue?.text === 'questions')!.text).toBe('Mr. Hale');
  });
  it('reads support for a name, not support for a programme', () => {
    expect(indirect('In the port towns, support for Hale has grown.').find((x) => x.cue?.text === 'support')!.text).toBe('Hale');
    expect(indirect('The grant adds support for refugee programmes.').filter((x) => x.cue?.text === 'support')).toEqual([]);
  });
  it('leaves a noun with an owner to the owner rule, and a verb after "to" alone', () => {
    expect(indirect('The race was too close to call for most of the night.')).toEqual([]);
    const q = indirect('The mayor repeated her criticism of the toll bridge.').find((x) => x.cue?.text === 'criticism');
    expect(q!.speaker).not.toBeNull();
  });
});
