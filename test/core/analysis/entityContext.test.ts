import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

// Names here are made up (or places the mined lexicon never saw), so only the rules can type them.
const ents = (t: string) => analyzeArticle(t, null).entities;
const typeOf = (t: string, name: string) => ents(t).find((e) => e.name === name)?.type;

describe('entity typing by context and the world gazetteer', () => {
  it('knows countries, states and cities the mined lexicon lacks', () => {
    const t = 'The envoy flew from Guatemala to Cochabamba, then to Tennessee and Ouagadougou.';
    expect(typeOf(t, 'Guatemala')).toBe('place');
    expect(typeOf(t, 'Cochabamba')).toBe('place');
    expect(typeOf(t, 'Tennessee')).toBe('place');
    expect(typeOf(t, 'Ouagadougou')).toBe('place');
  });
  it('does not report nationality words as entities, and keeps a given name with a surname', () => {
    const names = ents('Panamanian fans cheered. Christian Varlop spoke.').map((e) => e.name);
    expect(names).not.toContain('Panamanian');
    expect(names).toContain('Christian Varlop');
  });
  it('takes an unknown single word with no clue as a place, a given name alone as a person', () => {
    expect(typeOf('Rebels were seen around Tavorlik. Tavorlik was quiet by evening.', 'Tavorlik')).toBe('place');
    expect(typeOf('"I told Monica we need her," the coach said.', 'Monica')).toBe('person');
  });
  it('reads a person from an age in apposition', () => {
    expect(typeOf('Zarbovic, 45, takes on a younger rival on Saturday.', 'Zarbovic')).toBe('person');
  });
  it('reads an organisation from a kind of firm before it, "said it", and "the" before a plural', () => {
    expect(typeOf('The news agency Trovak reported the fire.', 'Trovak')).toBe('organization');
    expect(typeOf('Shares rose after press distributor Quellan bid for the chain.', 'Quellan')).toBe('organization');
    expect(typeOf('Vormex said it doubled output.', 'Vormex')).toBe('organization');
    expect(typeOf('The Zorbats beat the visitors 6-4 at home.', 'Zorbats')).toBe('organization');
  });
  it('takes two unknown words closed by a place as a firm or club, unless a given name opens them', () => {
    expect(typeOf('Fans of Vostrel Volgograd were locked out.', 'Vostrel Volgograd')).toBe('organization');
    expect(typeOf('The court heard Michael Volgograd on Monday.', 'Michael Volgograd')).toBe('person');
  });
  it('keeps a given name the lexicon knows as a place with the unknown surname after it', () => {
    expect(typeOf('The pitcher Chad Zorkeya struck out two.', 'Chad Zorkeya')).toBe('person');
  });
  it('folds a family name written first ("Wang Donghai" ... "Wang") into the titled full name', () => {
    const t = 'Police detained dissident leader Mr Zhuo Donghai on Friday. Zhuo was held overnight.';
    const e = ents(t).find((x) => x.name === 'Zhuo Donghai');
    expect(e?.type).toBe('person');
    expect(e?.mentions).toHaveLength(2);
  });
});

describe('entity spans', () => {
  it('ends a name at a weekday or month', () => {
    const names = ents('Coach Dravo Selmek will be without Mauro Velsik for Saturday. He spoke to Kelvar Friday.').map((e) => e.name);
    expect(names).toContain('Mauro Velsik');
    expect(names).not.toContain('Mauro Velsik for Saturday');
    expect(names).toContain('Kelvar');
    expect(names.some((n) => /Saturday|Friday/.test(n))).toBe(false);
  });
  it('keeps "X-based" out of the name after it, and the words before the compound too', () => {
    const e = ents('The deal will help Ontario-based Vormag. The Hong Kong-based group Trelcom Pacific bid.');
    expect(e.find((x) => x.name === 'Vormag')?.type).toBe('organization');
    expect(e.map((x) => x.name)).toContain('Trelcom Pacific');
    expect(e.map((x) => x.name).some((n) => /based|^Hong$/.test(n))).toBe(false);
  });
  it('splits a person from the firm after "of"', () => {
    const e = ents('"It levels the field," said John Varlesa of Schrodel Wertmann & Co.');
    expect(e.find((x) => x.name === 'John Varlesa')?.type).toBe('person');
    expect(e.find((x) => x.name === 'Schrodel Wertmann & Co')?.type).toBe('organization');
  });
  it('keeps an abbreviated title out of the place before it', () => {
    const names = ents('Former South Carolina Gov. Carroll Brantle spoke.').map((e) => e.name);
    expect(names).toContain('South Carolina');
    expect(names).not.toContain('Carolina Gov');
  });
  it('finds a name the body gives in a capitals headline, and nothing else there', () => {
    const t = 'SOCCER - VELSHAW NAMED AS CAPTAIN.\nLONDON 1996-08-30\nAlan Velshaw was named captain on Friday.';
    const e = ents(t).find((x) => x.name === 'Alan Velshaw');
    expect(e?.mentions).toHaveLength(2);
    expect(t.slice(e!.mentions[0]!.start, e!.mentions[0]!.end)).toBe('VELSHAW');
    expect(ents(t).map((x) => x.name)).not.toContain('NAMED');
  });
});
