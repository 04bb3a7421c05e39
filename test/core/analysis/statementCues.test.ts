// Reported statements added for issue 3's recall work: each construction on sentences written here.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { expectSpansConsistent } from './helpers';

const indirect = (t: string) => {
  const a = analyzeArticle(t, null);
  expectSpansConsistent(t, a);
  return a.quotes.filter((q) => q.kind === 'indirect');
};

describe('inverted attributions', () => {
  it('takes the clause before "…, said NAME, APPOSITIVE" and not the appositive', () => {
    const [q, ...rest] = indirect('The harbour will reopen by spring, said Nadia Ferrante, director of the Port Users Council.');
    expect(q!.text).toBe('The harbour will reopen by spring');
    expect(q!.speaker?.name).toBe('Nadia Ferrante');
    expect(rest).toEqual([]);
  });
  it('still reads a parenthetical "…, said X, is that …" over the whole sentence', () => {
    const [q] = indirect('The difference now, said Karl Benning, is that the council has money.');
    expect(q!.text).toBe('The difference now, said Karl Benning, is that the council has money');
  });
  it('does not take the speaker after an inverted cue for the clause when the clause has commas', () => {
    const qs = indirect('As the vote moves north, a region the party hoped to win, the count will be slow, said Tomas Reyes, a pollster in Lyon.');
    const said = qs.find((q) => q.cue?.text === 'said');
    expect(said!.text).toBe('As the vote moves north, a region the party hoped to win, the count will be slow');
    expect(said!.speaker?.name).toBe('Tomas Reyes');
  });
});

describe('subjects of reported speech', () => {
  it('reads a name before two appositives ("NAME, TAG, ROLE, said …")', () => {
    const [q] = indirect('Sen. Maria Lindqvist, D-Ore., a member of the budget panel, said the tax plan would fail.');
    expect(q!.text).toBe('the tax plan would fail');
    expect(q!.speaker?.name).toBe('Maria Lindqvist');
  });
  it('skips an auxiliary or an adverb between the subject and a verb of stance', () => {
    const a = indirect('Senator Ruth Okafor did support the idea of a national registry.');
    expect(a[0]!.text).toBe('the idea of a national registry');
    expect(a[0]!.speaker?.name).toBe('Ruth Okafor');
    const b = indirect('Local voters overwhelmingly support the new irrigation scheme.');
    expect(b[0]!.text).toBe('the new irrigation scheme');
  });
  it('reads the base forms "oppose" and "endorse" as stances', () => {
    const [q] = indirect('The opposition candidates oppose the mayor’s budget for the schools.');
    expect(q!.text).toBe('the mayor’s budget for the schools');
    expect(q!.cue?.text).toBe('oppose');
  });
  it('leaves a noun "support" with no subject before it alone', () => {
    expect(indirect('Public support for the plan fell in the spring.')).toEqual([]);
  });
});

describe('participles and adjuncts of saying', () => {
  it('gives a participle of saying whose subject names no one a statement with no speaker', () => {
    const qs = indirect('A spokeswoman for the bank declined to comment, saying that nobody involved remains at the firm.');
    const q = qs.find((x) => x.cue?.text === 'saying');
    expect(q!.text).toBe('nobody involved remains at the firm');
  });
  it('takes the sentence subject of a participle when it is a description', () => {
    const qs = indirect('The farmers’ union sued the province, saying the new levy hurt small growers most.');
    const q = qs.find((x) => x.cue?.text === 'saying');
    expect(q!.text).toBe('the new levy hurt small growers most');
  });
  it('skips an adjunct holding a quoted programme name or a part of the day before "that"', () => {
    const a = indirect("Mr. Odum said on Radio Four's ''Today'' programme on Sunday that the strike would end soon.");
    expect(a[0]!.text).toBe('that the strike would end soon');
    expect(a[0]!.speaker?.name).toContain('Odum');
    const b = indirect('Mayor Lena Brandt said Tuesday morning that the bridge would stay closed.');
    expect(b[0]!.text).toBe('that the bridge would stay closed');
  });
  it('reads the subject before an aside between dashes', () => {
    const [q] = indirect('Teachers — and some parents — say that the new timetable leaves too little time for lunch.');
    expect(q!.text).toBe('that the new timetable leaves too little time for lunch');
    expect(q!.speaker?.mention.text).toBe('Teachers');
  });
});

describe('subjects that hold views', () => {
  it('reads "a group of X" and plural nouns of people as subjects of a stance', () => {
    const a = indirect('A group of nurses called for an inquiry into the hospital closures.');
    expect(a[0]!.text).toBe('an inquiry into the hospital closures');
    const b = indirect('Many protesters opposed the new parking charges in the town centre.');
    expect(b[0]!.text).toBe('the new parking charges in the town centre');
  });
  it('does not read a plural noun of things as a subject of a stance', () => {
    expect(indirect('The later chapters opposed the view of the first volume.')).toEqual([]);
  });
});

describe('intentions', () => {
  it('skips a time between the verb and its "to", and runs the intention to the sentence end', () => {
    const [q] = indirect('Governor Ana Ruiz promised Monday to cut the fuel tax, freeze rents and hire more nurses.');
    expect(q!.text).toBe('to cut the fuel tax, freeze rents and hire more nurses');
    expect(q!.cue?.text).toBe('promised');
    expect(q!.speaker?.name).toBe('Ana Ruiz');
  });
});

describe('hearsay and common opinion with no one named', () => {
  it('gives the clause of "reportedly" with no speaker', () => {
    const [q] = indirect('The mining group is reportedly spending two million dollars on advertising.');
    expect(q!.text).toBe('The mining group is reportedly spending two million dollars on advertising');
    expect(q!.speaker).toBeNull();
    expect(q!.cue?.text).toBe('reportedly');
  });
  it('reads "is seen as", "is widely considered" and "is not expected to"', () => {
    expect(indirect('The new budget is seen as a test of the coalition.')[0]!.text).toBe('The new budget is seen as a test of the coalition');
    expect(indirect('The minister is not expected to attend the summit.')[0]!.cue?.text).toBe('expected');
  });
  it('leaves "seemingly" before an adjective and "reportedly said" to other rules', () => {
    expect(indirect('They faced the seemingly endless queue at the border.')).toEqual([]);
    const qs = indirect('The mayor reportedly said the bridge would close.');
    expect(qs.some((q) => q.cue?.text === 'reportedly')).toBe(false);
  });
});

describe('attributions after the clause', () => {
  it('reads a "told OUTLET" attribution after its clause', () => {
    const [q] = indirect('The union will sit out the election, union director Phil Smith told The Courier on Monday.');
    expect(q!.text).toBe('The union will sit out the election');
    expect(q!.speaker?.name).toBe('Phil Smith');
  });
  it('reads "…, said a handful of X who …" and "…, said former governor X"', () => {
    const a = indirect('The bridge will be finished by June, said a handful of engineers who worked on it.');
    expect(a[0]!.text).toBe('The bridge will be finished by June');
    const b = indirect('The fund is two million dollars short, said former governor Ed Marsh, who chairs the committee.');
    expect(b[0]!.text).toBe('The fund is two million dollars short');
    expect(b[0]!.speaker?.name).toBe('Ed Marsh');
  });
  it('gives a clause that only ends with quoted words as a statement beside the quotation', () => {
    const qs = analyzeArticle('The new levy is a “very welcome step,” said Karin Holt.', null).quotes;
    expect(qs.find((q) => q.kind === 'indirect')!.text).toBe('The new levy is a “very welcome step,”');
    expect(qs.some((q) => q.kind === 'direct')).toBe(true);
  });
  it('leaves a clause that is wholly the quotation to the direct quote', () => {
    expect(indirect('“The new levy is a very welcome step,” said Karin Holt.')).toEqual([]);
  });
  it('reads a participle after an attribution as its own statement', () => {
    const qs = indirect('The country has changed for the better, Senator Mark Dole said in June, citing the release of prisoners.');
    expect(qs.find((q) => q.cue?.text === 'citing')!.text).toBe('the release of prisoners');
  });
});

describe('stances in relative clauses', () => {
  it('ends the statement with the relative clause and names the noun it hangs on', () => {
    const a = indirect('Most of the respondents who support Maria Lindqvist are under thirty.');
    expect(a[0]!.text).toBe('Maria Lindqvist');
    expect(a[0]!.speaker?.name).toContain('respondents');
    const b = indirect('Tom Berry, who is backing Maria Lindqvist, has dismissed the story.');
    expect(b.find((q) => q.cue?.text === 'backing')!.text).toBe('Maria Lindqvist');
  });
});

describe('states of mind and declarations with a that-clause', () => {
  it('reads "is confident that", "are worried that" and "made it clear that"', () => {
    const a = indirect('Senator Ruth Okafor made it clear that she would vote against the bill.');
    expect(a[0]!.text).toBe('that she would vote against the bill');
    expect(a[0]!.cue?.text).toBe('clear');
    const b = indirect('Many voters are worried that the economy will slow.');
    expect(b[0]!.text).toBe('that the economy will slow');
    expect(b[0]!.speaker?.mention.text).toBe('Many voters');
  });
  it('leaves an impersonal "it is clear that" alone', () => {
    expect(indirect('It is clear that the plan failed.')).toEqual([]);
  });
  it('reads "could be seen as" as common opinion', () => {
    expect(indirect('The mayor could be seen as the safer choice.')[0]!.cue?.text).toBe('seen');
  });
});

describe('verbs of stance with a preposition', () => {
  it('takes a one- or two-word object of the preposition, but not a bare pronoun', () => {
    const [q] = indirect('First lady Anna Berg has focused on childhood obesity.');
    expect(q!.text).toBe('childhood obesity');
    expect(q!.speaker?.name).toBe('Anna Berg');
    expect(indirect('Senator Anna Berg talked about it.')).toEqual([]);
  });
  it('reads "…, referring to …" after an attribution as its own statement', () => {
    const qs = indirect('The plan is a disgrace, Senator Anna Berg said, referring to the new levy on farmers.');
    expect(qs.find((q) => q.cue?.text === 'referring')!.text).toBe('to the new levy on farmers');
  });
});

describe('adjectives of willingness and resolve', () => {
  it('reads "is willing to" and "seemed determined to" with the subject before the verb', () => {
    const a = indirect('Senator Ruth Okafor is willing to negotiate with the unions on pay.');
    expect(a[0]!.text).toBe('to negotiate with the unions on pay');
    expect(a[0]!.speaker?.name).toBe('Ruth Okafor');
    const b = indirect('Senator Ruth Okafor seemed determined to push the bill through the Senate.');
    expect(b.find((q) => q.cue?.text === 'determined')!.text).toBe('to push the bill through the Senate');
  });
  it('needs a subject that can hold a view', () => {
    expect(indirect('The old house is ready to sell.')).toEqual([]);
  });
});

describe('subjects of participles', () => {
  it('reads the subject past an opening adverbial and its comma', () => {
    const qs = indirect('Instead, the veteran senator is sticking to his message, hoping to avoid any misstep before the vote.');
    const q = qs.find((x) => x.cue?.text === 'hoping');
    expect(q!.text).toBe('to avoid any misstep before the vote');
    expect(q!.speaker?.mention.text).toBe('the veteran senator');
  });
});
