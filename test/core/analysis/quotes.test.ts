import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { directQuotes as direct, expectSpansConsistent } from './helpers';

describe('direct quotations', () => {
  it('finds curly and straight quotations without their marks', () => {
    const t = 'Anna Berg said: “The talks have failed.” Later, "We will try again next week," Berg said.';
    const qs = direct(t);
    expect(qs.map((q) => q.text)).toEqual(['The talks have failed.', 'We will try again next week,']);
    expectSpansConsistent(t, analyzeArticle(t, null));
  });
  it('runs a quotation over paragraphs when the next paragraph reopens it', () => {
    const t = 'Minister Olga Petrova spoke at length.\n\n“The budget is balanced. Our debt is falling.\n\n“We expect growth of three percent next year,” she said.';
    const qs = direct(t);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text.startsWith('The budget is balanced.')).toBe(true);
    expect(qs[0]!.text.endsWith('three percent next year,')).toBe(true);
    expect(qs[0]!.speaker?.name).toBe('Olga Petrova');
  });
  it('ignores scare quotes and quoted titles', () => {
    const t = 'The so-called “reform” was debated on “Sunday Morning Futures” by the panel.';
    expect(direct(t)).toHaveLength(0);
  });
  it('closes a straight quotation at a mark followed by a space, even after a space', () => {
    const t = 'Lena Ford walked in. "What we see is what traders call \'a flight to safety,\' " she said. "We are calm."';
    const qs = direct(t);
    // The two pieces around "she said" are one quotation, not a quotation of "she said".
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text.startsWith("What we see is what traders call 'a flight to safety,' \"")).toBe(true);
    expect(qs[0]!.text.endsWith('We are calm.')).toBe(true);
    expect(qs[0]!.speaker?.name).toBe('Lena Ford');
  });
  it('joins the pieces of a quotation around an attribution set with no-break spaces', () => {
    const t = 'The mayor spoke.\n\n“Like Leeds. Or York,”\u00a0Omar Reed said.\u00a0“The numbers are worse.”';
    const qs = direct(t);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('Like Leeds. Or York,”\u00a0Omar Reed said.\u00a0“The numbers are worse.');
  });
  it('keeps a curly quotation inside a straight one as part of it', () => {
    const t = 'The court ruled on Monday.\n\nDr. Ann Ward stated:\n\n"The department is not about “Equal Justice Under Law” anymore. It is about control.\n\n"The latest example is the lawsuit."';
    const qs = direct(t);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text.startsWith('The department is not about “Equal Justice Under Law” anymore.')).toBe(true);
    expect(qs[0]!.speaker?.name).toBe('Ann Ward');
  });
  it('joins the pieces of a split quotation only around an attribution', () => {
    // A quoted phrase running into the sentence is no first piece.
    const t = 'General Ray Holt said the mayor was “absolutely right” when he said on Monday that under the council, “the police have been reduced to rubble.”';
    expect(direct(t).map((q) => q.text)).toEqual(['absolutely right', 'the police have been reduced to rubble.']);
    // After a full stop, a new sentence of narration is no attribution.
    const u = 'He boasted, “That makes me smart.” He was similarly defensive when asked about an architect who said he was stiffed, saying, “Maybe he did a bad job.”';
    expect(direct(u).map((q) => q.text)).toEqual(['That makes me smart.', 'Maybe he did a bad job.']);
    // A bare attribution joins (“A.” Smith said. “B.”), and so does a piece ending in a nested quotation.
    const v = 'The minister spoke.\n\n“We lost.” Ana Holt said. “We will try again.”\n\n“You say you ‘accept the blame,’” Holt said. “That is not enough.”';
    expect(direct(v).map((q) => q.text)).toEqual(['We lost.” Ana Holt said. “We will try again.', 'You say you ‘accept the blame,’” Holt said. “That is not enough.']);
  });
  it('takes a mistyped opening mark after a word and before a space as the closing one', () => {
    const t = 'The mayor called the plan “reckless“ in a statement on Monday. “We will fight it in court,” she said.';
    const qs = direct(t);
    expect(qs.map((q) => q.text)).toEqual(['We will fight it in court,']);
  });
  it('takes a show named after a broadcaster or "on" as a title even beside a cue', () => {
    const t =
      'Speaking Sunday on ABC’s “This Week,” Senator Mark Ellis said the bill would pass. In an interview with "Fox and Friends," on Monday he said “the votes are there for this bill.”';
    const qs = direct(t);
    expect(qs.map((q) => q.text)).toEqual(['the votes are there for this bill.']);
  });
  it('takes a mistyped opening mark after closing punctuation as the closing one', () => {
    const t = '“The reality is that it could create real problems for her here,“ said Jim Clyburn, a congressman.';
    const qs = direct(t);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('The reality is that it could create real problems for her here,');
    expect(qs[0]!.speaker?.name).toBe('Jim Clyburn');
  });
});

describe('joining the pieces of a quotation', () => {
  it('keeps the pieces apart when the narration between them outweighs them', () => {
    const t =
      'The mayor toured the site.\n\n“It was fine,” Mayor Ann Holt told reporters on Monday as she left the hall where the council, which meets every week, had debated the budget for hours. “We move on.”';
    const qs = direct(t);
    expect(qs.map((q) => q.text)).toEqual(['It was fine,', 'We move on.']);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Ann Holt', 'Ann Holt']);
    // An attribution shorter than the pieces still joins them into one quote.
    const u = 'The mayor toured the site.\n\n“It was a fine day for the city,” Mayor Ann Holt said. “We move on to the budget.”';
    expect(direct(u).map((q) => q.text)).toEqual(['It was a fine day for the city,” Mayor Ann Holt said. “We move on to the budget.']);
  });
  it('joins a quotation going on in the next paragraph after its attribution', () => {
    const t = 'The minister spoke at length.\n\n“The budget is balanced,” Finance Minister Olga Petrova said.\n\n“Our debt is falling for the first time in ten years.”';
    const qs = direct(t);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('The budget is balanced,” Finance Minister Olga Petrova said.\n\n“Our debt is falling for the first time in ten years.');
    expect(qs[0]!.speaker?.name).toBe('Olga Petrova');
    expectSpansConsistent(t, analyzeArticle(t, null));
    // A paragraph with no attribution before it, or with one of its own, stays apart.
    const u = 'The minister spoke at length.\n\n“The budget is balanced.”\n\n“Our debt is falling,” she added.';
    expect(direct(u)).toHaveLength(2);
  });
  it('joins pieces around an attribution holding a quoted programme title or a straight apostrophe', () => {
    const t = 'The senator spoke on Sunday.\n\n“I expect to be questioned about my record,” he said on ABC’s “This Week.” “But not about my family.”';
    expect(direct(t).map((q) => q.text)).toEqual(['I expect to be questioned about my record,” he said on ABC’s “This Week.” “But not about my family.']);
    const u = 'The senator spoke on Sunday.\n\n"I expect to be questioned about my record," Ann Reyes said Wednesday on NBC\'s "Meet the Press." "But not about my family."';
    expect(direct(u).map((q) => q.text)).toEqual(['I expect to be questioned about my record," Ann Reyes said Wednesday on NBC\'s "Meet the Press." "But not about my family.']);
    const v = 'The race tightened.\n\n"We are closing the gap in every county," said Tom O\'Malley, the campaign\'s manager. "We will win in March."';
    expect(direct(v)).toHaveLength(1);
    expect(direct(v)[0]!.speaker?.name).toBe("Tom O'Malley");
  });
  it('joins the pieces of a statement in two apostrophes whatever the narration between them', () => {
    const t =
      "The chamber met on Monday.\n\n''We need the law,'' said Ana Ruiz, the head of the chamber of commerce of the island, who has lobbied for it for years in the capital. ''Give us the tool.''";
    const qs = analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect' && q.text.startsWith('We need'));
    expect(qs.map((q) => q.text)).toEqual(["We need the law,'' said Ana Ruiz, the head of the chamber of commerce of the island, who has lobbied for it for years in the capital. ''Give us the tool."]);
  });
});

describe('curly marks typed the same way inside and at the end', () => {
  it('keeps a curly quotation nested in a curly one with the same marks as part of it', () => {
    const t = 'The league issued a statement.\n\nIt said: “The senator’s claim that the deal “has to do with the budget” shows that he does not understand it.”';
    const qs = direct(t);
    expect(qs.map((q) => q.text)).toEqual(['The senator’s claim that the deal “has to do with the budget” shows that he does not understand it.']);
    // Two quotations one after the other are still two.
    const u = 'The mayor called the plan “utterly reckless” and the budget “a fantasy,” in a statement.';
    expect(direct(u).map((q) => q.text)).toEqual(['utterly reckless', 'a fantasy,']);
  });
  it('takes a “ ending its paragraph as the closing mark', () => {
    const t = 'The candidate spoke on Monday.\n\n“They know who can win,” he said. “They see that. “\n\nThe story was updated on Tuesday.';
    const qs = direct(t);
    expect(qs.map((q) => q.text)).toEqual(['They know who can win,” he said. “They see that.']);
  });
  it('joins a speaker\'s next paragraph, but not a reply with narration after it', () => {
    const joined = analyzeArticle('“We will win,” Ann Reed said.\n\n“We have the votes. We have the plan.”', null).quotes.filter((q) => q.kind === 'direct');
    expect(joined).toHaveLength(1);
    const apart = analyzeArticle('“Our city is safe,” Mayor Ann Reed said.\n\n“That is simply false.” Hale, her rival, said Tuesday.', null).quotes.filter((q) => q.kind === 'direct');
    expect(apart.map((q) => q.text)).toEqual(['Our city is safe,', 'That is simply false.']);
  });
});
