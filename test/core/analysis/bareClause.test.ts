import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');

describe('a reported clause without "that" read from its own shape', () => {
  it('reads a subject and an auxiliary after a verb of a clause', () => {
    const q = indirect('Mayor Tom Reyes insists the harbour levy will pay for the new sea wall.').find((x) => x.cue?.text === 'insists');
    expect(q?.text).toBe('the harbour levy will pay for the new sea wall');
    const u = indirect('Senator Ruth Okafor conceded she had misread the county figures.').find((x) => x.cue?.text === 'conceded');
    expect(u?.text).toBe('she had misread the county figures');
  });
  it('reads no clause where the words after the cue are its object', () => {
    expect(indirect('Mayor Tom Reyes insists on a vote of the full council in June.').map((x) => x.text)).not.toContain('on a vote of the full council in June');
  });

  it('leaves the object of a verb of stance to the stance reading (what she conceded), not a clause', () => {
    const q = indirect('Senator Ruth Okafor conceded the race to her rival late on Tuesday night.');
    expect(q.map((x) => [x.text, x.speaker?.name, x.cue?.text])).toEqual([['the race to her rival late on Tuesday night', 'Ruth Okafor', 'conceded']]);
  });
});
