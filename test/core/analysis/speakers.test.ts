import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { directQuotes as direct } from './helpers';

const speakers = (t: string) => direct(t).map((q) => [q.speaker?.name ?? null, q.speaker?.mention.text ?? null]);

describe('speakers of direct quotations', () => {
  it('reads "the ministry" as the ministry the text named last', () => {
    const t = 'The Russian Foreign Ministry issued a statement on Monday. "We will not accept these terms," the ministry said.';
    expect(speakers(t)).toEqual([['Russian Foreign Ministry', 'the ministry']]);
  });

  it('reads a participle cue past a bracketed party tag to the subject of the sentence', () => {
    const t = 'Rep. Dana Whitfield (D-N.Y.) reacted to the verdict, saying: “The killer should be in prison.”';
    const [q] = direct(t);
    expect(q!.speaker?.name).toBe('Dana Whitfield');
    expect(q!.cue?.text).toBe('saying');
  });
  it('carries a pronoun on to the person who was speaking, not one mentioned in passing', () => {
    const t =
      'Party donor Walter Brandt said on Friday he met the candidate Thomas Reed this week.\n\nWhile the donor did not disclose his backing, he said he found Reed to be “very charming and very smart.”';
    const [q] = direct(t);
    expect(q!.speaker?.name).toBe('Walter Brandt');
    expect(q!.speaker?.mention.text).toBe('he');
  });
  it('still gives a pronoun to the latest person when that person is the one speaking', () => {
    const t = 'Walter Brandt met Thomas Reed on Friday. Reed said he was “looking forward to the campaign.”';
    const [q] = direct(t);
    expect(q!.speaker?.name).toBe('Thomas Reed');
  });
  it('names the speaker of a relative clause by the relative pronoun, resolved to its antecedent', () => {
    const t = 'Radio host Alma Castillo, who called the plan “a reckless gamble,” left the studio early.';
    expect(speakers(t)).toEqual([['Alma Castillo', 'who']]);
  });
  it('takes the present tense of a verb of manner of speaking as a cue', () => {
    const t = 'The columnist Ben Ortiz reads the report differently. “The market has not failed the workers,” he mocks.';
    expect(speakers(t)).toEqual([['Ben Ortiz', 'he']]);
  });
  it('takes a verb of manner of speaking as a cue', () => {
    const t = '“Go back to your seat,” Governor Paul Lindqvist barked at the reporter.';
    const [q] = direct(t);
    expect(q!.speaker?.name).toBe('Paul Lindqvist');
    expect(q!.cue?.text).toBe('barked');
  });
  it('resolves a pronoun after the quote to the person named earlier', () => {
    const t = 'Prime Minister Jonas Ekberg visited Oslo on Monday.\n\n“This agreement will last for decades,” he said.';
    expect(speakers(t)).toEqual([['Jonas Ekberg', 'he']]);
  });
  it('joins a quotation split by its attribution into one quote of that speaker', () => {
    const t = 'Maria Lopez runs the clinic. “We are short of staff,” Lopez said, “and short of money.”';
    expect(speakers(t)).toEqual([['Maria Lopez', 'Lopez']]);
    const [q] = analyzeArticle(t, null).quotes.filter((x) => x.kind === 'direct');
    expect(q!.text).toBe('We are short of staff,” Lopez said, “and short of money.');
    expect(q!.cue?.text).toBe('said');
  });
  it('keeps the pieces apart across paragraphs with no attribution between, or when another attribution stands between', () => {
    const t = 'Maria Lopez runs the clinic. “We are short of staff.”\n\n“And short of money,” Lopez said.';
    expect(speakers(t).map((s) => s[0])).toEqual(['Maria Lopez', 'Maria Lopez']);
    const u = '“We are short of staff,” Lopez said, while the mayor, Tom Reyes, who visited on Monday and toured every ward, replied: “The budget is fixed.”';
    expect(analyzeArticle(u, null).quotes.filter((x) => x.kind === 'direct')).toHaveLength(2);
  });
  it('keeps apart two pieces that each have an attribution of their own', () => {
    const t = '“The budget is fixed,” said Tom Reyes, the mayor. “We cannot move it,” he added.';
    expect(speakers(t)).toEqual([['Tom Reyes', 'Tom Reyes'], ['Tom Reyes', 'he']]);
    const u = 'Tom Reyes, the mayor, said: “The budget is fixed.” He added, “We cannot move it.”';
    expect(speakers(u)).toEqual([['Tom Reyes', 'Tom Reyes'], ['Tom Reyes', 'He']]);
  });
  it('gives a quotation introduced by a colon, with no cue of saying, to the subject of its sentence', () => {
    const t = 'The crowd chanted for minutes. Governor Lena Park raised a hand, then leaned in and boomed: “We will win in November.”';
    expect(speakers(t)).toEqual([['Lena Park', 'Lena Park']]);
    const u = 'The senator died on Sunday.\n\nGovernor Lena Park released the following statement:\n\n“We mourn a great public servant.”';
    expect(speakers(u)).toEqual([['Lena Park', 'Lena Park']]);
    // A name the text does not know yet, opening the sentence before its verb.
    expect(speakers('The county has voted for every winner. Politico reveals a few facts: “Of its voters, 30,290 are Democrats.”')).toEqual([['Politico', 'Politico']]);
  });
  it('gives an unattributed quotation opening its sentence to the person the sentence before is about', () => {
    const t = 'The storm hit the coast.\n\nBuddy Ortega praised the governor’s record in the storm.\n\n“We need someone who can cut through the noise.”';
    expect(speakers(t)).toEqual([['Buddy Ortega', 'Buddy Ortega']]);
    const u = 'Attorney General Lena Park announced the lawsuit on Monday. “We are seeking a court order against the law.”';
    expect(speakers(u)).toEqual([['Lena Park', 'Lena Park']]);
    // A sentence about no person leaves the quotation without a speaker.
    expect(speakers('The storm hit the coast on Monday.\n\n“Nobody was ready for this at all.”')).toEqual([[null, null]]);
  });
  it('gives a quoted phrase with no cue to the subject of its sentence, never to a place', () => {
    expect(speakers('The advocacy group Hope Homes runs a prize every year. The charity is seeking “bold new ideas” for housing.')).toEqual([['charity', 'The charity']]);
    // The owner speaks through her slogan; the words naming the speaker are the whole subject.
    expect(speakers('Governor Lena Park’s campaign slogan is “Build it here.”')).toEqual([['Lena Park', 'Lena Park’s campaign slogan']]);
    expect(speakers('Texas is a “land of opportunity” for builders, the report found.')).toEqual([[null, null]]);
  });
  it('reads the subject of a cue past a manner adverb', () => {
    const t = 'Days after Senator Ruth Adams lost her temper, jabbing a finger at an activist as she angrily said, “I am sick of these lies” about her record, her rival spoke.';
    expect(speakers(t)).toEqual([['Ruth Adams', 'she']]);
  });
  it('names the speaker of a quoted transcript line by its label', () => {
    const t = 'Donald Reed spoke on Sunday.\n\n"WALLACE: Do you really see those two as equivalent, Governor?"\n\n"PENCE: Well, look, Reed has been out there saying some tough things."';
    expect(speakers(t).map((s) => s[0])).toEqual(['WALLACE', 'PENCE']);
  });
  it('gives a participle after a cue of saying to that cue\'s speaker', () => {
    const t = 'Governor Ana Holt and Senator Tom Reyes will meet next week, spokesman Sean Pratt said, adding, “They need to sit down and talk.”';
    expect(speakers(t)).toEqual([['Sean Pratt', 'Sean Pratt']]);
    expect(direct(t)[0]!.cue?.text).toBe('adding');
    // Past a quotation of its own sentence and a quoted show title (the pieces join into one quote).
    const u = '“I think Kasich would be the best nominee,” Senator Lindsey Graham said on MSNBC’s “Morning Joe,” adding, “His problem is he is an insider.”';
    expect(speakers(u)).toEqual([['Lindsey Graham', 'Lindsey Graham']]);
  });
  it('keeps apart two pieces whose gap holds two attributions, and joins a cue with its participle', () => {
    const t = 'Governor Ana Holt spoke first. “The budget is fixed,” Holt wrote. Still, she added, “we cannot ignore the deficit.”';
    expect(speakers(t)).toEqual([['Ana Holt', 'Holt'], ['Ana Holt', 'she']]);
    const u = '“Every time you say that,” Senator Jon Tester said, referring to the excuse, “you give ammunition to the critics.”';
    expect(speakers(u)).toEqual([['Jon Tester', 'Jon Tester']]);
  });
  it('takes a dash signature on the next paragraph as the speaker of a quotation standing alone', () => {
    const t = 'The senator spoke on Tuesday.\n\n"Almost all new income is going to the top 1 percent."\n\n- Bernie Sanders.\n\nThe claim is mostly true.\n\n"Great speech. She is ready."\n\n-President Obama, tweeting after the speech.\n\n"Nobody signs this one at all, it seems."\n\n- and more words follow here.';
    expect(speakers(t).map((s) => s[0])).toEqual(['Bernie Sanders', 'Obama', null]);
  });
  it('reads colon introductions and inverted cues with appositives', () => {
    const t = 'Ms Hewitt said: “The plan is sound.” Then “It will cost too much,” said Tom Reyes, a spokesman for the union.';
    expect(speakers(t)).toEqual([['Hewitt', 'Hewitt'], ['Tom Reyes', 'Tom Reyes']]);
  });
  it('resolves a description to the person the text established', () => {
    const t = 'Head of State, Kassym-Jomart Tokayev, met the delegation.\n\nThe President of Kazakhstan said: “Our region needs stability and trade.”';
    const [q] = analyzeArticle(t, null).quotes.filter((x) => x.kind === 'direct');
    expect(q!.speaker?.name).toBe('Kassym-Jomart Tokayev');
    expect(q!.speaker?.mention.text).toBe('The President of Kazakhstan');
  });
  it('gives null rather than a guess when nobody is named', () => {
    const t = 'Above the stage at the rally hung a banner with “No more wars in our time, ever again.”';
    expect(speakers(t)).toEqual([[null, null]]);
    // A text that "reads" names its writing as the source, as "the statement said" would.
    expect(speakers('The banner at the rally read “No more wars in our time, ever again.”')).toEqual([['banner at the rally', 'The banner at the rally']]);
  });
  it('continues the speaker into a quote that opens the next paragraph', () => {
    const t = 'Senator Ruth Adams spoke first. “The bill is dead.”\n\n“We will write a new one in the spring session,” she said.';
    expect(speakers(t).map((s) => s[0])).toEqual(['Ruth Adams', 'Ruth Adams']);
  });
  it('resolves "she" and "he" to the last person of that gender', () => {
    const t = 'Senator Mary Clarke met Governor Tom Reyes on Monday. Reyes left early.\n\n“The talks went well,” she said. “We agreed on little,” he said.';
    expect(speakers(t)).toEqual([['Mary Clarke', 'she'], ['Tom Reyes', 'he']]);
    const u = 'Ms Okafor chairs the panel. Later, Governor Tom Brzek arrived.\n\n“We need more time,” she said.';
    expect(speakers(u)).toEqual([['Okafor', 'she']]);
  });
  it('does not take a dashed line of the next paragraph as a signature', () => {
    const t = 'Anna Berg spoke at length. “We were wrong,” Berg said. “We know it.”\n\n“So we will change course.”\n\n– An immigrant herself –.';
    expect(speakers(t).map((s) => s[0])).toEqual(['Anna Berg', 'Anna Berg']);
  });
  it('gives the first person of the narration to the writer', () => {
    const t = 'The judge looked up. “Your Honor,” I said, “I would like to answer the question.”';
    expect(speakers(t)).toEqual([['the writer', 'I']]);
  });
  it('does not read the next sentence after a quotation closed by a full stop as its attribution', () => {
    const t = 'Eric Morris says the campaign will “compete vigorously for the nomination.” Martin O’Malley’s move was first reported by the paper.';
    expect(speakers(t)).toEqual([['Eric Morris', 'Eric Morris']]);
  });
  it('prefers the cue before a quoted phrase to a cue inside a later relative clause', () => {
    const t = 'Ted Cruz spoke. Marco Rubio waited. Cruz says he is “effectively tied for second place” with Rubio, in a finish that he said defied expectations.';
    expect(speakers(t)).toEqual([['Ted Cruz', 'Cruz']]);
  });
  it('gives a participle to the sentence subject and a party tag to the name before it', () => {
    const a = 'Donald Trump spoke in New York, saying the city embodied the “bravery, heart and soul of America.”';
    expect(speakers(a)).toEqual([['Donald Trump', 'Donald Trump']]);
    const b = 'Sen. Elizabeth Warren (D-MA) said presumptive nominee Donald Trump was a “proven failure” in business.';
    expect(speakers(b)[0]![0]).toBe('Elizabeth Warren');
  });
  it('reads the antecedent of "who" past a time phrase', () => {
    const t = 'Glenn Beck, who has in the past described Trump as “a pathological narcissistic sociopath,” spoke in Indiana.';
    expect(speakers(t)[0]![0]).toBe('Glenn Beck');
  });
  it('gives a lone quotation paragraph the speaker who signs the next one', () => {
    const t = 'Richard Viguerie backs Ted Cruz.\n\n“Not only can he win in November, he is the best chance.”\n\n“He unites the party,” Viguerie notes.';
    expect(speakers(t).map((s) => s[0])).toEqual(['Richard Viguerie', 'Richard Viguerie']);
  });
  it('reads more verbs of saying, and subjects opening with a determiner after the quote', () => {
    expect(speakers('“This is a big win for me,” I confessed to the host.')).toEqual([['the writer', 'I']]);
    const t = 'Voters wrote messages on banners. “Blink twice if you are in trouble!” one protester from Ohio tweeted.';
    expect(speakers(t)[0]![1]).toBe('one protester from Ohio');
  });
  it('reads a name before a colon, an inverted cue after a clause, and party tags after the quote', () => {
    expect(speakers('Jeb Bush spoke next. Bush: “The mission is to destroy the group, not to contain it.”')).toEqual([['Jeb Bush', 'Bush']]);
    const t = '“Many would call that an embarrassment for her” if she lost, said David Wasserman, an analyst.';
    expect(speakers(t)[0]![0]).toBe('David Wasserman');
    const u = '“If they did not take part [in the attacks], they have nothing to fear,” Sen. Chuck Schumer (D-N.Y.) said Tuesday.';
    expect(speakers(u)[0]![0]).toBe('Chuck Schumer');
  });
  it('takes the speaker of a sentence that ends on its cue right before the quotation', () => {
    const t = 'Analysts were divided. Iowa State University\'s Dianne Bystrom agreed. "Mainstream Republicans are running out of time."';
    expect(speakers(t)).toEqual([['Dianne Bystrom', 'Dianne Bystrom']]);
  });
  it('gives a quoted phrase inside a clause reported by a verb of saying to the reporter, not to the clause\'s subject', () => {
    const t = 'The debate ended.\n\nIn an interview, Senator Dana Cole said any candidate who wants to win “owes it to the voters” of the state.';
    expect(speakers(t)).toEqual([['Dana Cole', 'Dana Cole']]);
    const u = 'The meeting ended.\n\nRep. Owen Hale said the governor called on members to be “closely coordinated.”';
    expect(speakers(u)).toEqual([['Owen Hale', 'Owen Hale']]);
    const v = 'The donor met the candidate.\n\nHowever, Walter Brandt declared in an interview that Senator Ruth Vale called the plan “a real disaster.”';
    expect(speakers(v).map((x) => x[0])).toEqual(['Walter Brandt']);
  });
  it('takes "pressed", "reads" and "put it" as cues of a quotation', () => {
    expect(speakers('The host leaned in.\n\n“Would it be negotiable?” Anna Hale pressed.')).toEqual([['Anna Hale', 'Anna Hale']]);
    expect(speakers('As the prosecutor Marc Delon put it, “there was not much to complain about.”')).toEqual([['Marc Delon', 'Marc Delon']]);
    const t = 'The letter came on Monday.\n\nAt the bottom it reads, “You can support the cause by giving $35.”';
    expect(analyzeArticle(t, null).quotes.find((q) => q.kind === 'direct')!.cue?.text).toBe('reads');
  });
  it('reads the subject past a party tag and a "City, State" pair set off by commas', () => {
    const t = 'The night was long.\n\nAfter winning the primary, Gov. Carl Mraz (R-OH), said, “I am getting ready for the road.”';
    expect(speakers(t)).toEqual([['Carl Mraz', 'Carl Mraz']]);
    const u = 'The event ended.\n\nSenator Ruth Vale, during a town hall meeting in Columbus, Ohio, said she was “going to fight for the miners.”';
    expect(speakers(u)).toEqual([['Ruth Vale', 'Ruth Vale']]);
  });
  it('reads an owned cue word as a noun: its owner said the words of a "that" clause, nobody else is its subject', () => {
    const t = 'Senator Ana Ruiz spoke on Monday. She denounced Governor Tom Hale’s remarks as “hurtful and humiliating.”';
    expect(speakers(t)).toEqual([['Ana Ruiz', 'She']]);
    const u = 'The fact-checkers at the Ledger looked into Governor Tom Hale’s claim that there were “thousands of shootings” in the city.';
    expect(speakers(u)).toEqual([['Tom Hale', 'Tom Hale']]);
  });
  it('gives a quotation closed by a comma to the attribution right after it, even after a colon', () => {
    const t = 'Governor Tom Hale spoke after the attack. He asserted: “The city is no longer itself,” he claimed.';
    const [q] = direct(t);
    expect(q!.cue?.text).toBe('claimed');
    expect(q!.speaker?.name).toBe('Tom Hale');
  });
  it('gives a quotation after "saying" to the sentence\'s subject, never to the words after the participle', () => {
    const t = 'The rally ended late.\n\nThe Florida senator sought to calm his supporters, and took a heckler in stride, saying the man would “not get beat up” at his rally.';
    expect(speakers(t)).toEqual([['Florida senator', 'The Florida senator']]);
    const u = 'The rally ended late.\n\nMayor Dan Ortiz has delivered a defense of “city values,” saying the city embodied the “heart and soul of the state.”';
    expect(speakers(u).map((s) => s[0])).toEqual(['Dan Ortiz', 'Dan Ortiz']);
  });
  it('reads the cue of a sentence back past its earlier quotation (X says his “friend” Y ran “…”)', () => {
    const t = 'The race ended on Tuesday.\n\nSenator Ted Vance says his “friend and colleague” Mark Ruiz ran “an optimistic campaign.”';
    expect(speakers(t)).toEqual([['Ted Vance', 'Ted Vance'], ['Ted Vance', 'Ted Vance']]);
  });
  it('gives the quotations of a sentence to the attribution closing it after a comma, past a later quotation', () => {
    const t = 'The group met on Monday.\n\nHis backing will carry “a great deal of weight” and bring candidates the “grass-roots firepower” they need to win, party spokesman Neil Sroka said.';
    expect(speakers(t)).toEqual([['Neil Sroka', 'Neil Sroka'], ['Neil Sroka', 'Neil Sroka']]);
  });
  it('takes "assured" and "proclaimed" as cues', () => {
    expect(speakers('The host smiled.\n\n“Your show is amazing,” Tom Reyes assured the host.')).toEqual([['Tom Reyes', 'Tom Reyes']]);
  });
});
