import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');

describe('reported statements', () => {
  it('takes the that-clause of a verb of saying, with its speaker and cue', () => {
    const t = 'Finance Minister Carla Diaz told reporters on Tuesday that the deficit would shrink next year.';
    const [q] = indirect(t);
    expect(q!.text).toBe('that the deficit would shrink next year');
    expect(q!.cue?.text).toBe('told');
    expect(q!.speaker?.name).toBe('Carla Diaz');
  });
  it('takes a clause before a trailing attribution', () => {
    const t = 'The factory will close in March, the company said on Friday.';
    const [q] = indirect(t);
    expect(q!.text).toBe('The factory will close in March');
    expect(q!.speaker?.mention.text).toBe('the company');
  });
  it('takes a clause before an attribution with a day after its cue', () => {
    const t = 'The pilot had logged 2,766 flying hours with the airline, the company said Thursday.';
    const [q] = indirect(t);
    expect(q!.text).toBe('The pilot had logged 2,766 flying hours with the airline');
    expect(q!.speaker?.mention.text).toBe('the company');
  });
  it('keeps a parenthetical attribution from taking the words after its comma as its clause', () => {
    const t = 'Asylum would be granted to victims of violence, Senator Ruth Okafor said, a policy that could help thousands.';
    const [q] = indirect(t);
    expect(q!.text.startsWith('Asylum would be granted to victims of violence')).toBe(true);
    expect(q!.speaker?.name).toBe('Ruth Okafor');
  });
  it('reads a title-case headline "X Says Y" and "Y, X Says"', () => {
    const a = indirect('Vera Holm Says Tax Cuts Will Wait Until Next Year. The budget was published on Monday.');
    expect(a[0]!.text).toBe('Tax Cuts Will Wait Until Next Year');
    expect(a[0]!.speaker?.name).toBe('Vera Holm');
    expect(a[0]!.cue?.text).toBe('Says');
    const b = indirect('The Harbour Plan Is Dead, Mayor Ian Kerr Says. The council met on Monday.');
    expect(b[0]!.text).toBe('The Harbour Plan Is Dead');
    expect(b[0]!.speaker?.name).toBe('Ian Kerr');
  });
  it('reads what records and polls show as their statement', () => {
    const [a] = indirect('Campaign filings show the committee spent most of its money in February.');
    expect(a!.text).toBe('the committee spent most of its money in February');
    expect(a!.cue?.text).toBe('show');
    const [b] = indirect('More than 40 percent of the money arrived in one month, new fundraising reports showed.');
    expect(b!.text).toBe('More than 40 percent of the money arrived in one month');
    expect(b!.speaker?.mention.text).toBe('new fundraising reports');
  });
  it('takes the question after a sentence-opening "Asked" as a statement with no guessed speaker', () => {
    const [a] = indirect('Asked on Radio Nord whether the tax would rise, the minister said no.');
    expect(a!.text).toBe('whether the tax would rise');
    expect(a!.speaker).toBeNull();
    expect(a!.cue?.text).toBe('Asked');
    const [b] = indirect('Asked about her own plans for the summer, Lund smiled.');
    expect(b!.text).toBe('her own plans for the summer');
  });
  it('takes how things seem or are expected as a statement with no speaker', () => {
    const [a] = indirect('In the past few days, the governor seemed to be losing support among his own party.');
    expect(a!.text).toBe('the governor seemed to be losing support among his own party');
    expect(a!.speaker).toBeNull();
    expect(a!.cue?.text).toBe('seemed');
    const [b] = indirect('The final is on Sunday, which is expected to draw a large television audience.');
    expect(b!.text).toBe('which is expected to draw a large television audience');
    // Appearing somewhere is no statement of how things seem.
    expect(indirect('The senator appeared on Fox News on Sunday morning.').filter((q) => q.speaker === null)).toHaveLength(0);
  });
  it('reads a subject past an age and an appositive, and "said much of …" as a clause', () => {
    const [a] = indirect('Marta Ruiz, 21, a student from Toledo, said she came out to vote for the first time.');
    expect(a!.speaker?.name).toBe('Marta Ruiz');
    expect(a!.text).toBe('she came out to vote for the first time');
    const [b] = indirect('Ruiz said much of the debate was about housing.');
    expect(b!.text).toBe('much of the debate was about housing');
  });
  it('keeps a quantifier opening the sentence as part of a group speaker', () => {
    const [a] = indirect('Many mourners at the funeral said the loss was hard to bear in such divided times.');
    expect(a!.speaker?.name).toBe('Many mourners at the funeral');
    expect(a!.text).toBe('the loss was hard to bear in such divided times');
  });
  it('takes a named person as the whole object of a stance ("most supported Sanders")', () => {
    const [a] = indirect('Most young voters support Lena Brandt.');
    expect(a!.text).toBe('Lena Brandt');
    expect(a!.speaker?.name).toBe('Most young voters');
    expect(indirect('Most young voters support it.')).toHaveLength(0);
  });
  it('reads "according to X"', () => {
    const t = 'According to Reuters, the ceasefire collapsed overnight in two provinces.';
    const [q] = indirect(t);
    expect(q!.speaker?.name).toBe('Reuters');
    expect(q!.text).toBe('the ceasefire collapsed overnight in two provinces');
  });
  it('reads beliefs and resolves pronouns', () => {
    const t = 'Peter Novak chairs the committee. He believes the reform is overdue and should pass quickly.';
    const [q] = indirect(t);
    expect(q!.speaker).toMatchObject({ name: 'Peter Novak', mention: { text: 'He' } });
  });
  it('does not report a passive or a noun use', () => {
    // The passive's subject is what was endorsed (passiveSubjects.ts), never the one who endorsed.
    expect(indirect('The candidate was endorsed by dozens of papers across the country.').map((q) => [q.text, q.speaker])).toEqual([['The candidate', null]]);
    expect(indirect('Eighteen states sued the agency over the rule last year.')).toHaveLength(0);
  });
  it('skips time phrases, interviews and dashed asides before the clause', () => {
    const a = indirect('Senator Ruth Gale said Thursday her biggest worry is the budget.');
    expect(a[0]!.text).toBe('her biggest worry is the budget');
    const b = indirect('Ruth Gale said in an interview with the Herald last week that she would run again.');
    expect(b[0]!.text).toBe('that she would run again');
    const c = indirect('His campaign chairman Paul Manafort said — on Twitter, as it happens — that the campaign raised $4 million.');
    expect(c[0]!.text).toBe('that the campaign raised $4 million');
  });
  it('takes a bare clause rather than a later "that" of a coordinated clause', () => {
    const [q] = indirect('Clara Voss said she welcomed the apology and that she wanted to move forward.');
    expect(q!.text).toBe('she welcomed the apology and that she wanted to move forward');
  });
  it('reads relative, coordinated, poll and first-person subjects', () => {
    const a = indirect('Voters backed Ted Cruz, who said he would only use the measure sparingly.').filter((q) => q.cue?.text === 'said');
    expect(a[0]).toMatchObject({ text: 'he would only use the measure sparingly', speaker: { name: 'Ted Cruz' } });
    const b = indirect('Anna Berg celebrated in Denver with supporters and said it was another step closer to victory.');
    expect(b[0]?.speaker?.name).toBe('Anna Berg');
    const c = indirect('In the survey, 59 percent said the policy was wrong.');
    expect(c.find((q) => q.cue?.text === 'said')).toMatchObject({ text: 'the policy was wrong', speaker: { name: '59 percent' } });
    const d = indirect('I told the judge that the sentence was too harsh.');
    expect(d[0]).toMatchObject({ text: 'that the sentence was too harsh', speaker: { name: 'the writer', mention: { text: 'I' } } });
  });
  it('reports what was announced or asked, and clauses that only quote a few words', () => {
    expect(indirect('Eric Holder announced his resignation on Thursday.')[0]?.text).toBe('his resignation on Thursday');
    expect(indirect('A reporter asked Sanders how he was feeling on caucus day.')[0]?.text).toBe('how he was feeling on caucus day');
    const [q] = indirect('Andy Murray said he is “looking forward to it” because the final matters.');
    expect(q!.text).toBe('he is “looking forward to it” because the final matters');
  });
  it('gives passages between doubled apostrophes as statements with their speaker', () => {
    const t = "''We should not take growth for granted,'' said Lael Brainard, a Fed governor. ''Rates matter.''";
    const a = analyzeArticle(t, null);
    expect(a.quotes.filter((q) => q.kind === 'direct')).toHaveLength(0);
    const [q] = indirect(t);
    expect(q!.speaker?.name).toBe('Lael Brainard');
    expect(q!.text.startsWith('We should not take growth for granted')).toBe(true);
  });
  it('reports stances and attitudes of people and findings of polls', () => {
    expect(indirect('Senator Ruth Gale questioned the cost of the new bridge.')[0]?.text).toBe('the cost of the new bridge');
    expect(indirect('Most voters want the next president to cut taxes.')[0]?.speaker?.name).toMatch(/voters$/);
    expect(indirect('The new poll showed Clinton ahead in three states.')[0]?.text).toBe('Clinton ahead in three states');
    expect(indirect('The bridge wants paint and the river sees little traffic.')).toHaveLength(0);
  });
  it('reads a headline-style claim after a name and a colon', () => {
    const t = 'The debate ended late.\nGraham: Trump Rhetoric Destroying the Party’s Chances.\nThe senator spoke on Thursday.';
    const q = indirect(t).find((x) => x.cue?.text === ':');
    expect(q).toMatchObject({ text: 'Trump Rhetoric Destroying the Party’s Chances', speaker: { name: 'Graham' } });
  });
  it('reads "according to" after a clause without a comma and before a subordinate clause', () => {
    expect(indirect('Clinton leads Sanders by 271 delegates according to a count by the agency.')[0]?.text).toBe('Clinton leads Sanders by 271 delegates');
    expect(indirect('He left the country after, according to him, the network censured his first report.')[0]?.text).toBe('the network censured his first report');
  });
  it('does not report where someone spoke, what follows "said as", nor the lead-in of a direct quotation', () => {
    expect(indirect('Senator Ruth Gale spoke at a memorial service in Tucson on Friday.')).toHaveLength(0);
    expect(indirect('Ruth Gale said as she left the hall on Friday night.')).toHaveLength(0);
    expect(indirect('At a rally in the state capital, Glenn Beck said, “Ted and I were just driving in.”')).toHaveLength(0);
    expect(indirect('Senator Ruth Gale spoke about the budget deficit on Friday.')[0]?.text).toBe('the budget deficit on Friday');
  });
  it('reads a statement that quotes its key words, and evidence subjects with modifiers', () => {
    expect(indirect('Former Governor Jeb Bush called Trump “unhinged” on Twitter.')[0]?.text).toBe('Trump “unhinged” on Twitter');
    expect(indirect('New polls released Sunday showed Clinton taking a lead in the race.')[0]?.text).toBe('Clinton taking a lead in the race');
  });
  it('reads stances with their preposition and findings given after the clause', () => {
    expect(indirect('Senator Ruth Gale is critical of the new trade deal with Mexico.')[0]?.text).toBe('the new trade deal with Mexico');
    expect(indirect('Voters in Ohio talked about jobs and wages all evening.')[0]?.text).toBe('jobs and wages all evening');
    expect(indirect('Clinton kept her lead among black voters, a new poll indicates.')[0]?.text).toBe('Clinton kept her lead among black voters');
  });
  it('reads participles after a dash or "and", and plain "saying" without punctuation', () => {
    expect(indirect('Marco Rubio flipped his pick on the spot – saying he now backed the other team.')[0]?.speaker?.name).toBe('Marco Rubio');
    expect(indirect('Ted Cruz made a pitch to voters saying the state law hurts the economy.')[0]).toMatchObject({ text: 'the state law hurts the economy', speaker: { name: 'Ted Cruz' } });
  });
  it('takes the clause a sentence-opening speaker sets off by a comma ("X says, CLAUSE")', () => {
    const t = 'Senator Paula Grant says, win or lose in the primary, she is staying in the race.';
    const [q] = indirect(t);
    expect(q!.text).toBe('win or lose in the primary, she is staying in the race');
    expect(q!.speaker?.name).toBe('Paula Grant');
  });
  it('takes a reported clause that opens with a quoted piece', () => {
    const t = 'Mayor Joan Ellis said “it makes me angry” every time she reads about the closures.';
    const [q] = indirect(t);
    expect(q!.text).toBe('“it makes me angry” every time she reads about the closures');
    expect(q!.speaker?.name).toBe('Joan Ellis');
  });
  it('takes a source after "according to" that names no known entity, as the text gives it', () => {
    const [a] = indirect('The two men were merchants from the north, according to unofficial returns.');
    expect(a!.text).toBe('The two men were merchants from the north');
    expect(a!.speaker?.mention.text).toBe('unofficial returns');
    const [b] = indirect('She lost the western primary but won the eastern one, according to exit polling.');
    expect(b!.text).toBe('She lost the western primary but won the eastern one');
    expect(b!.speaker?.mention.text).toBe('exit polling');
  });
  it('reads a share of voters as the holder of a view ("About three-quarters support …")', () => {
    const [q] = indirect('About three-quarters support a temporary ban on new pipelines.');
    expect(q!.text).toBe('a temporary ban on new pipelines');
    expect(q!.speaker?.mention.text).toMatch(/three-quarters$/);
  });
  it('takes what a noun with its owner reports ("her criticism of …", "his refusal to …", "the mayor\'s claim that …")', () => {
    const a = indirect('Senator Mia Lund repeated her criticism of the new tariff on steel at the hearing.');
    expect(a[0]!.text).toBe('the new tariff on steel at the hearing');
    expect(a[0]!.speaker?.name).toBe('Mia Lund');
    expect(a[0]!.cue?.text).toBe('criticism');
    const b = indirect('Governor Abel Stone met the board. His refusal to raise the wage made the crisis longer.');
    expect(b[0]!.text).toBe('to raise the wage made the crisis longer');
    expect(b[0]!.speaker?.name).toBe('Abel Stone');
    expect(b[0]!.speaker?.mention.text).toBe('His');
    const c = indirect("Mayor Ivo Brandt's claim that the bridge was safe angered residents.");
    expect(c[0]!.text).toBe('that the bridge was safe angered residents');
    expect(c[0]!.speaker?.name).toBe('Ivo Brandt');
  });
  it('takes an effort as a statement only with its "to" ("her efforts to …"), not "efforts on …"', () => {
    const on = indirect('He called for focusing the alliance’s efforts on the most relevant areas of work.');
    expect(on.filter((q) => q.cue?.text === 'efforts')).toEqual([]);
    const [q] = indirect('Minister Dana Ospan renewed her efforts to reopen the border crossing.');
    expect(q!.text).toBe('to reopen the border crossing');
    expect(q!.speaker?.name).toBe('Dana Ospan');
  });
  it('takes nothing from a noun of saying that has no owner', () => {
    expect(indirect('The decision to close the plant was made in March.')).toEqual([]);
  });
  it('keeps the clause of a plain "said" whose subject is past reading, with no speaker', () => {
    const t = 'Ms. Tove Rask, Mrs. Ana Lee and other donors in both parties said their networks were now mostly women.';
    const [q] = indirect(t);
    expect(q!.text).toBe('their networks were now mostly women');
    expect(q!.cue?.text).toBe('said');
  });
  it('reads no clause after a cue that follows its quotation or clause ("…,\'\' said Peter Orr, a pollster")', () => {
    const t = "''We have come close to the limit,'' said Peter Orr, a former budget official who teaches at Yale.";
    expect(indirect(t).some((q) => q.text.startsWith('Peter Orr'))).toBe(false);
    const u = 'There may be no upside in a detailed plan for the port, said Michael Hale, a senior fellow at the institute.';
    expect(indirect(u).some((q) => q.text.startsWith('Michael Hale'))).toBe(false);
  });
  it('takes what was asked in the middle of a sentence, with the asker only when the asking is active', () => {
    const a = indirect('The radio host Hugh Marsh asked Senator Bea Kahn about statements she had made the night before.');
    expect(a[0]!.text).toBe('statements she had made the night before');
    expect(a[0]!.speaker?.name).toBe('Hugh Marsh');
    const b = indirect('“We will see,” Senator Bea Kahn said on Monday when asked whether she would run again.');
    const q = b.find((x) => x.cue?.text === 'asked')!;
    expect(q.text).toBe('whether she would run again');
    expect(q.speaker).toBeNull();
    const c = indirect('Mayor Tim Ruiz was asked about the closures during an interview on Monday.');
    expect(c[0]!.text).toBe('the closures during an interview on Monday');
    expect(c[0]!.speaker).toBeNull();
    const d = indirect('Governor Ada Pike had asked Sullivan to send the papers to her office.');
    expect(d[0]!.text).toBe('Sullivan to send the papers to her office');
    expect(d[0]!.speaker?.name).toBe('Ada Pike');
  });
  it('reads "he’s" before a verb as the subject and its auxiliary', () => {
    const [q] = indirect('Senator Paul Ivers spoke in Ohio. He’s predicting that the race will tighten in March.');
    expect(q!.text).toBe('that the race will tighten in March');
    expect(q!.speaker?.name).toBe('Paul Ivers');
    expect(q!.speaker?.mention.text).toBe('He');
  });
  it('takes the clause after "As X reported," and after a long "according to" source set off by commas', () => {
    const [a] = indirect('As The Daily Ledger reported, even if the mayor won the vote he would need the council.');
    expect(a!.text).toBe('even if the mayor won the vote he would need the council');
    expect(a!.speaker?.name).toBe('Daily Ledger');
    const b = indirect('The agency reported that, according to a review of her calendar and phone records, most meetings were with donors.');
    expect(b[0]!.text.startsWith('that, according to a review')).toBe(true);
    expect(b[0]!.cue?.text).toBe('reported');
  });
  it('takes a paragraph opened by a speaker\'s label as that speaker\'s turn; "Q" and "A" name nobody', () => {
    const t = 'The interview was edited for length.\n\nQ: Did the service take care of you after that?\n\nA: No, no one did. No one checked up on me.\n\nNORA VANCE: Well, I think the whole town needs to work together. People are scared.\n\nUpdate: The office was closed on Monday afternoon.';
    const qs = indirect(t);
    const q = qs.find((x) => x.text.startsWith('Did the service'))!;
    expect(q.speaker).toBeNull();
    expect(qs.find((x) => x.text.startsWith('No, no one did'))!.text).toBe('No, no one did. No one checked up on me');
    const nora = qs.find((x) => x.text.startsWith('Well, I think'))!;
    expect(nora.text).toBe('Well, I think the whole town needs to work together. People are scared');
    expect(nora.speaker?.mention.text).toBe('NORA VANCE');
    expect(qs.some((x) => x.text.startsWith('The office was closed'))).toBe(false);
  });
  it('takes no place heading a list, and no "Editor\'s Note:", as a speaker\'s label', () => {
    const t = 'The panel was polled on Monday.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.\n\nEditor\'s Note: The following is part 3 of an excerpt from the book.';
    expect(indirect(t)).toEqual([]);
  });
  it('takes what someone vows, decides or declines to do, with its "to", up to its comma', () => {
    const a = indirect('In the coming months, Senator Joan Pratt vowed to ban new drilling in the bay, declined to meet the lobby, and defended the plan.');
    const v = a.find((q) => q.cue?.text === 'vowed')!;
    expect(v.text).toBe('to ban new drilling in the bay');
    expect(v.speaker?.name).toBe('Joan Pratt');
    const d = indirect('A spokesman for Mayor Ivo Brandt declined to comment.');
    expect(d[0]!.text).toBe('to comment');
    expect(d[0]!.cue?.text).toBe('declined');
    const p = indirect('Senator Joan Pratt left the hall on Monday, vowing to take the fight to the courts.');
    expect(p.find((q) => q.cue?.text === 'vowing')!.text).toBe('to take the fight to the courts');
    expect(p.find((q) => q.cue?.text === 'vowing')!.speaker?.name).toBe('Joan Pratt');
    // "to" before a noun phrase is a preposition, not an intention.
    expect(indirect('Governor Ada Pike agreed to the terms.').some((q) => q.text === 'to the terms')).toBe(false);
  });
  it('takes a one-word answer ("46 percent of voters said yes", "after half said so")', () => {
    const a = indirect('Asked if the plan was legal, 46 percent of voters said yes, and 20 percent said no.');
    expect(a.filter((q) => q.cue?.text === 'said').map((q) => q.text)).toEqual(['yes', 'no']);
    expect(indirect('Six in 10 call him decisive, after half said so in the earlier poll.').some((q) => q.text === 'so')).toBe(true);
    expect(indirect('He said so much about the plan that nobody listened.').some((q) => q.text === 'so')).toBe(false);
  });
});
