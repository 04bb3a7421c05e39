import { describe, expect, it } from 'vitest';
import { directQuotes as direct, speakerOf } from './helpers';

const speakers = (t: string) => direct(t).map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null, q.cue?.text ?? null]);

describe('attributions after the closing mark', () => {
  it('takes any verb in the past after a pronoun as the cue of a quotation closed by a comma', () => {
    const t = 'Farmer Hugo Brandt, 52, has grown wheat for decades.\n\n“Nobody here trusts the new subsidy,” he surmised.';
    expect(speakers(t)).toEqual([['Hugo Brandt', 'he', 'surmised']]);
  });
  it('takes a present-tense verb with "out" after the quotation as its cue', () => {
    const t = 'Analyst Laura Stein studies the polls.\n\n“Voters keep rejecting the establishment,” she points out.';
    expect(speakers(t)).toEqual([['Laura Stein', 'she', 'points']]);
  });
  it('takes a short phrase led by a determiner and ending on a name as the subject of such a verb', () => {
    const t = 'Tom Reyes said the country had lost its way.\n\n“France will always be France,” an angry Hollande retaliated.';
    expect(speakers(t)).toEqual([['Hollande', 'an angry Hollande', 'retaliated']]);
  });
  it('never gives a quotation to a time ("Tuesday, hours after …")', () => {
    const t = 'Senator Tom Reyes defended his campaign manager as a “very decent man” Tuesday, hours after the aide was charged with battery.';
    expect(speakers(t)).toEqual([['Tom Reyes', 'Tom Reyes', 'defended']]);
  });
  it('does not read a verb that goes on with its object as an attribution', () => {
    const t = '“We will win this county,” Tom Reyes rallied the crowd in Dayton.';
    expect(direct(t)[0]!.cue?.text).not.toBe('rallied');
  });
  it('reads a description in lower case before the cue as the subject', () => {
    const t = 'The press is easy to play. “The senator will be the flavor of the week,” election law expert Rick Hasen tweeted Monday.';
    expect(speakers(t)).toEqual([['Rick Hasen', 'Rick Hasen', 'tweeted']]);
  });
  it('reads a lower-case description past a party tag right before the cue', () => {
    const t = '“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said after the hearing.';
    expect(speakers(t)).toEqual([['Jason Chaffetz', 'Jason Chaffetz', 'said']]);
  });
  it('names a description owned by a person by the description, not by its owner', () => {
    const t = 'David Axelrod called on Howard Dean to apologize.\n\n“My reaction, that was outrageous,” Obama’s former campaign strategist said in an interview.';
    expect(speakers(t)).toEqual([['Obama’s former campaign strategist', 'Obama’s former campaign strategist', 'said']]);
  });
  it('gives "it" after the quotation to the thing that reads or says it', () => {
    const t = 'The council sent a letter to the governor.\n\n“The delay reflects an appalling indifference,” it read.';
    const [q] = direct(t);
    expect(q!.speaker?.mention.text).toBe('it');
    expect(q!.cue?.text).toBe('read');
  });
  it('takes "opined" as a verb of saying', () => {
    const t = '“Gun owners should leave their weapons at home,” opined the Daily Herald.';
    expect(speakers(t)).toEqual([['Daily Herald', 'the Daily Herald', 'opined']]);
  });
});

describe('subjects of cues before the quotation', () => {
  it('keeps "One" at the head of a subject ("One man wrote")', () => {
    const t = 'The post drew hundreds of replies.\n\nOne man wrote, “She could barely bend over to place the flowers.”';
    expect(speakers(t)).toEqual([['One man', 'One man', 'wrote']]);
  });
  it('does not take "state of" for a verb of saying', () => {
    const t = 'Senator Ada Moore, celebrating a victory in her home state of Vermont, is pledging to “win many hundreds of delegates” next week.';
    expect(direct(t)[0]!.speaker?.name).toBe('Ada Moore');
  });
});

describe('subjects of participles before the quotation', () => {
  it('gives a participle the subject of the main clause, past a relative clause', () => {
    const t = 'Omar Khan, who is Muslim, also decried Tom Reyes’s repeated calls to ban travel, noting he has “sacrificed nothing” for the country.';
    expect(speakerOf(t, 'sacrificed')?.name).toBe('Omar Khan');
  });
  it('steps over opening adverbial clauses that name someone else', () => {
    const t = 'In June 2009, after Laura Stein suffered a fall, David Marsh emailed her his wishes, telling her, “You are an all-star player and we need you.”';
    expect(speakerOf(t, 'You are')?.name).toBe('David Marsh');
  });
  it('takes the name right before the participle, as in "with X telling"', () => {
    const t = 'The attack sparked a fresh debate, with Senator John Keller telling reporters he viewed Mayor Tom Reyes as “directly responsible” for it.';
    expect(speakerOf(t, 'directly')?.name).toBe('John Keller');
    const u = 'Tom Reyes met Ada Moore. Both issued a statement – Reyes saying he was “very encouraged” by the talks.';
    expect(speakerOf(u, 'very')?.name).toBe('Tom Reyes');
  });
  it('prefers the subject before the first verb to a name in the object', () => {
    const t = 'One aide inside the campaign tried to play down Tom Reyes’s comments, saying they were “not a big deal around here.”';
    expect(speakerOf(t, 'not a big')?.mention.text).toBe('One aide inside the campaign');
  });
  it('reads the main clause after a quotation that opens the sentence', () => {
    const t = '“We won tonight and I was glad to see that. We need him back,” Peter Hale said during a panel on his show after the result was known, remarking that there are “still some voters angry over the tax plan.”';
    expect(speakerOf(t, 'still some')?.name).toBe('Peter Hale');
  });
  it('reads "is pledging" as the sentence\'s own verb, not a participle', () => {
    const t = 'Senator Ada Moore, celebrating a victory in her home state of Vermont, is pledging to “win many hundreds of delegates” next week.';
    expect(speakerOf(t, 'win many')?.name).toBe('Ada Moore');
  });
  it('takes no next sentence after a question or exclamation mark for the attribution, but a pronoun there', () => {
    expect(speakers('“Will the plant close?” Police arrived at the gate an hour later.')).toEqual([[null, null, null]]);
    expect(speakers('“Lock her up!” Officers moved in to clear the square.')).toEqual([[null, null, null]]);
    expect(speakers('Ines Morel runs the shelter.\n\n“Who will pay for it?” she wondered.')).toEqual([['Ines Morel', 'she', 'wondered']]);
  });
  it('reads a name, an aside between commas and the cue after a closed quotation', () => {
    const t = '“Our city is safe,” Mayor Ann Reed said.\n\n“That is simply false.” Hale, her rival, said Tuesday.';
    expect(speakers(t)).toEqual([
      ['Ann Reed', 'Ann Reed', 'said'],
      ['Hale', 'Hale', 'said'],
    ]);
  });
});
