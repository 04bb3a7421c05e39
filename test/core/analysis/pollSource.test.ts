// A poll named at the head of a sentence is the source of the clause after it; sentences written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { expectSpansConsistent } from './helpers';

const indirect = (t: string) => {
  const a = analyzeArticle(t, null);
  expectSpansConsistent(t, a);
  return a.quotes.filter((q) => q.kind === 'indirect');
};

describe('a sentence opened by "In … poll,"', () => {
  it('reports the clause after the poll, with the poll as its source', () => {
    const q = indirect('In a Harbor Institute poll released Monday, 62 percent of voters backed the tunnel.').find((x) => x.cue?.text === 'In');
    expect(q!.text).toBe('62 percent of voters backed the tunnel');
    expect(q!.speaker?.name).toContain('Harbor');
  });
  it('skips an aside on the poll ("…poll, conducted in May, …")', () => {
    const q = indirect('But in the latest county survey, conducted in May, the mayor trails her rival by nine points.').find((x) => x.cue?.text === 'in');
    expect(q!.text).toBe('the mayor trails her rival by nine points');
  });
  it('does not read a poll in the middle of a sentence', () => {
    expect(indirect('The mayor rose in the polls, and the crowds at her rallies grew.')).toEqual([]);
  });
});
