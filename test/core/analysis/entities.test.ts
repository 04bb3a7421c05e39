import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const ents = (t: string) => analyzeArticle(t, null).entities;

describe('entities', () => {
  it('merges a full name and surname, and types by title', () => {
    const t = 'President Jonas Ekberg arrived in Oslo. Ekberg met bankers.';
    const e = ents(t).find((x) => x.name === 'Jonas Ekberg');
    expect(e?.type).toBe('person');
    expect(e?.mentions).toHaveLength(2);
    expect(e?.aliases).toContain('Ekberg');
    expect(ents(t).find((x) => x.name === 'Oslo')?.type).toBe('place');
  });
  it('takes an acronym in parentheses as an alias of the organisation', () => {
    const t = 'Members of the Collective Security Treaty Organization (CSTO) met. The CSTO agreed.';
    const e = ents(t).find((x) => x.name === 'Collective Security Treaty Organization');
    expect(e?.type).toBe('organization');
    expect(e?.aliases).toContain('CSTO');
    expect(e?.mentions).toHaveLength(3);
  });
  it('does not take sentence-opening words or titles as names', () => {
    const names = ents('Noting the delay, the Minister of Finance left. However, Acme Holdings Ltd said nothing.').map((e) => e.name);
    expect(names).not.toContain('Noting');
    expect(names).not.toContain('However');
    expect(names).toContain('Acme Holdings Ltd');
  });
});
