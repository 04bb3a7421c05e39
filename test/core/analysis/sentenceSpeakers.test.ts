import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers';

describe('speakers of quoted phrases inside a sentence', () => {
  it('gives the phrase to the subject of the main clause, not to a pronoun or name before it', () => {
    const t = 'Tom Reyes spoke first. The lawyer who ran three marathons before his knee gave out is already talking about “a fierce urgency” to get things done.';
    expect(speakerOf(t, 'a fierce')?.mention.text).toBe('The lawyer');
    const u = 'Ada Moore was asked about the race. The Florida senator is telling reporters that she will have “a lot of delegates” after Tuesday.';
    expect(speakerOf(u, 'a lot')?.mention.text).toBe('The Florida senator');
  });
  it('keeps "Multiple" at the head of a subject', () => {
    const t = 'Multiple outlets reported on Wednesday the Secret Service had “more than one conversation” with the campaign.';
    expect(speakerOf(t, 'more than')?.name).toBe('Multiple outlets');
  });
  it('gives a phrase in a reported clause to the nearest reporter, not to an earlier one', () => {
    const t = '“I never said that,” Tom Reyes said, after reporter Ada Moore said the mayor had referred to the senator as the “personal senator” of a donor.';
    expect(speakerOf(t, 'personal senator')?.name).toBe('Ada Moore');
  });
  it('gives a phrase after a verb with its object to the reporter of the clause', () => {
    const t = 'Organizer Jose Yepez said Perez was right to urge Latino leaders “to stand up and be active.”';
    expect(speakerOf(t, 'to stand')?.name).toMatch(/Yepez/);
  });
  it('reads a present tense in -s after a name as the verb of the sentence', () => {
    const t = 'In the song, Billy Joel sings, “Don’t go changing to try and please me.”';
    expect(speakerOf(t, 'Don’t go')?.name).toMatch(/Joel/);
  });
});

describe('speakers of a quotation after a sentence about its speaker', () => {
  it('takes the subject of the main clause of the sentence before, past an appositive that names someone else', () => {
    const t = 'Sam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no paper ballots to recount.”';
    expect(speakerOf(t, 'There are')?.name).toBe('Sam Lau');
  });
});

describe('descriptions that speak as the subject of their sentence', () => {
  it('reads a present tense after a short determiner phrase as its verb', () => {
    const t = 'The campaign released a new spot on Monday. The ad targets a “corrupt political system that keeps in place a rigged economy.”';
    expect(speakerOf(t, 'corrupt')?.mention.text).toBe('The ad');
  });
  it('gives a quoted phrase to people named in the plural', () => {
    const t = 'Corporate lobbyists describe such work as “a different cup of tea” than contract lobbying.';
    expect(speakerOf(t, 'a different')?.name).toBe('Corporate lobbyists');
  });
});

describe('a person named first and set off by a comma', () => {
  it('is the subject of the sentence before a quotation paragraph, past the descriptions after the name', () => {
    const t = 'Ada Moore, clearly frustrated, responded by pointing a finger at the activist, saying the rival campaign was lying.\n\n“I am so sick of the lies about me.”';
    expect(speakerOf(t, 'I am so sick')?.name).toBe('Ada Moore');
  });
});

describe('a paraphrase that goes on past its attribution', () => {
  it('gives a quoted phrase in the next sentence to the speaker of "…, he said."', () => {
    const t = 'Professor Tom Reyes studies rumours.\n\nThis makes it hard to dislodge misinformation, he said. Good information can still drive out bad, but usually only when “the truth is sexier than the lie.”';
    expect(speakerOf(t, 'the truth')?.name).toMatch(/Tom Reyes/);
    expect(speakerOf(t, 'the truth')?.mention.text).toBe('he');
  });
  it('takes the object of a preposition for no participle\'s subject, unless "with" opens the clause', () => {
    expect(speakerOf('Mayor Ann Reed met with reporters on Tuesday morning telling them the budget was “balanced and fair.”', 'balanced')?.name).toBe('Ann Reed');
    expect(speakerOf('Mayor Ann Reed sided with Governor Tom Hale saying the law was “long overdue.”', 'long')?.name).toBe('Ann Reed');
    expect(speakerOf('The senator spoke to the crowd, with Senator John Keel telling reporters the plan was “dead on arrival.”', 'dead')?.name).toBe('John Keel');
  });
});
