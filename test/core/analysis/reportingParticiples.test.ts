import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');

describe('participles of reporting verbs after a comma or "by"', () => {
  it('reads "…, predicting …" as more of what the subject said', () => {
    const q = indirect('Governor Lena Park toured the mill towns on Monday, predicting she would carry the county in May.').find((x) => x.cue?.text === 'predicting');
    expect(q?.text).toBe('she would carry the county in May');
    expect(q?.speaker?.name).toBe('Lena Park');
  });
  it('reads an object after "…, mentioning" and "by denouncing"', () => {
    const t = 'Senator Ruth Okafor spoke for an hour, mentioning the closure of the rail depot in her town.';
    expect(indirect(t).map((x) => x.cue?.text)).toContain('mentioning');
    const u = 'Mayor Tom Reyes opened his campaign by denouncing the new parking levy on small shops.';
    expect(indirect(u).find((x) => x.cue?.text === 'denouncing')?.text).toBe('the new parking levy on small shops');
  });
  it('reads no participle that opens the sentence or follows no comma', () => {
    expect(indirect('Mentioning the levy at all angered the shop owners in the old town.').map((x) => x.cue?.text)).not.toContain('Mentioning');
  });
});
