import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');

describe('"according to" with a long source', () => {
  it('reads a source that runs past a name phrase to its comma, and reports the clause after it', () => {
    const t = 'According to early returns from a survey of farmers carried out for the cooperative by Field Data Group, most growers expect a smaller harvest this autumn.';
    const [q] = indirect(t);
    expect(q!.text).toBe('most growers expect a smaller harvest this autumn');
    expect(q!.cue?.text).toBe('According to');
  });
  it('reads a source with a slash in its name', () => {
    const [q] = indirect('According to a Harris/Decima survey, the two parties are level in the capital.');
    expect(q!.text).toBe('the two parties are level in the capital');
  });
  it('names a source up to its relative clause and reports the sentence around it', () => {
    const t = 'Missing from the talks, according to delegates who briefed journalists afterwards, was any word on the fishing quotas.';
    const [q] = indirect(t);
    expect(q!.text).toBe(t.slice(0, -1));
    expect(q!.speaker?.mention.text).toBe('delegates');
  });
  it('does not run a short source past a verb of its own', () => {
    const [q] = indirect('According to the mayor, who spoke on Monday, the bridge will reopen in May.');
    expect(q!.text).toBe('the bridge will reopen in May');
  });
});

describe('a subject with an appositive before its verb of saying', () => {
  it('takes "said the …" followed by a verb as the reported clause, not as the speaker', () => {
    const [q] = indirect('Maria Lopez, a teacher from Denver, said the new rules would hurt her students.');
    expect(q!.text).toBe('the new rules would hurt her students');
    expect(q!.speaker?.name).toBe('Maria Lopez');
  });
  it('still reads "…, said the senator who …" as an inverted attribution', () => {
    const [q] = indirect('The plan will fail, said the senator who chairs the committee.');
    expect(q!.text).toBe('The plan will fail');
    expect(q!.speaker?.mention.text).toContain('senator');
  });
});

describe('subjects with words between them and their verb', () => {
  it('steps over a time adjunct after a party tag ("… (D-Ore.) on Friday rejected …")', () => {
    const [q] = indirect('Senator Ruth Alder (D-Ore.) on Friday rejected the proposed pipeline route through the valley.');
    expect(q!.text).toBe('the proposed pipeline route through the valley');
    expect(q!.speaker?.name).toBe('Ruth Alder');
  });
  it('steps over a count ("has twice criticized")', () => {
    const [q] = indirect('Governor Paul Brandt has twice criticized the state budget for its cuts to schools.');
    expect(q!.cue?.text).toBe('criticized');
    expect(q!.speaker?.name).toBe('Paul Brandt');
  });
  it('reads an opening name with a party tag and an appositive ("Sen. X (R-Utah), a hopeful, called …")', () => {
    const [q] = indirect('Sen. Dana Whitfield (R-Utah), also a presidential hopeful, called the bill a giveaway to insurers.');
    expect(q!.text).toBe('the bill a giveaway to insurers');
    expect(q!.speaker?.name).toBe('Dana Whitfield');
  });
});

describe('verbs with "about" or "against", and light verbs with a noun of stance', () => {
  it('takes what a subject worried about as the statement', () => {
    const [q] = indirect('Carla Diaz has long fretted about the rising cost of housing in the city.');
    expect(q!.text).toBe('the rising cost of housing in the city');
    expect(q!.speaker?.name).toBe('Carla Diaz');
  });
  it('does not take "brought about" as a statement', () => {
    expect(indirect('The reform brought about a sharp fall in prices across the region.')).toEqual([]);
  });
  it('takes the object of "expressed concern about" with the whole phrase as its cue', () => {
    const [q] = indirect('The mayor expressed serious concern about the cost of the new stadium.');
    expect(q!.text).toBe('the cost of the new stadium');
    expect(q!.cue?.text).toBe('expressed serious concern about');
  });
  it('takes the object of "took aim at"', () => {
    const [q] = indirect('Prime Minister Ana Velez took aim at the fishing treaty on Tuesday.');
    expect(q!.text.startsWith('the fishing treaty')).toBe(true);
    expect(q!.speaker?.name).toBe('Ana Velez');
  });
  it('leaves a light verb with an ordinary noun alone ("made a profit on")', () => {
    expect(indirect('The company made a profit on the sale of its shipping arm.')).toEqual([]);
  });
});

describe('common opinion after an opening coordinator', () => {
  it('reads "But X is seen as …" from the subject, with no speaker named', () => {
    const [q] = indirect('But the new mayor is seen as a cautious reformer by most of the council.');
    expect(q!.text.startsWith('the new mayor is seen as a cautious reformer')).toBe(true);
    expect(q!.speaker).toBeNull();
  });
});

describe('more verbs with the preposition of what they are about', () => {
  it('takes the object of "pressed for"', () => {
    const [q] = indirect('Senator Ruth Alder pressed for an early vote on the fisheries bill.');
    expect(q!.text).toBe('an early vote on the fisheries bill');
    expect(q!.cue?.text).toBe('pressed');
  });
  it('takes the object of "alluded to"', () => {
    const [q] = indirect('The governor alluded to the scandal that ended her predecessor’s career.');
    expect(q!.text.startsWith('the scandal')).toBe(true);
  });
  it('does not take "pressed" without its "for" ("pressed the button")', () => {
    expect(indirect('The mayor pressed the button to open the new bridge.')).toEqual([]);
  });
});

describe('a relative clause of stance on the subject of a verb of saying', () => {
  it('ends the relative clause at the main verb of saying', () => {
    const qs = indirect('Voters who support the measure say it will lower taxes.');
    expect(qs.map((q) => q.text)).toEqual(['the measure', 'it will lower taxes']);
  });
});

describe('nominal cues with a copula or a described owner', () => {
  it('reads "Her position is that …"', () => {
    const [q] = indirect('Her position is that the tax should be scrapped next year.');
    expect(q!.text).toBe('that the tax should be scrapped next year');
    expect(q!.cue?.text).toBe('position');
  });
  it('reads "the minister’s view is that …" with the minister as the source', () => {
    const [q] = indirect('The minister’s view is that the deal is flawed and must be renegotiated.');
    expect(q!.text).toBe('that the deal is flawed and must be renegotiated');
    expect(q!.speaker?.mention.text.toLowerCase()).toBe('the minister');
  });
  it('leaves "the view is that" with no owner alone', () => {
    expect(indirect('The view is that the deal is flawed and must be renegotiated.')).toEqual([]);
  });
});

describe('the one told, before the clause', () => {
  it('runs past a common-noun addressee and the where and when of the telling to "that"', () => {
    const [q] = indirect('Senator Ada Moss told a cheering crowd in Dayton on Friday that the plant would reopen.');
    expect(q!.text).toBe('that the plant would reopen');
  });
  it('stops at a clause of its own before any "that"', () => {
    const [q] = indirect('Tom Hale told Reuters he was leaving and that the board knew it.');
    expect(q!.text.startsWith('he was leaving')).toBe(true);
  });
});
