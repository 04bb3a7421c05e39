import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import type { Proposal } from '../../../electron/core/analysis/types';
import { expectSpansConsistent } from './helpers';

const proposalsOf = (t: string, title: string | null = null): Proposal[] => {
  const a = analyzeArticle(t, title);
  expectSpansConsistent(t, a);
  return a.proposals;
};
const props = (t: string, title: string | null = null) => proposalsOf(t, title).map((p) => [p.actor?.name ?? null, p.text]);
const kinds = (t: string) => proposalsOf(t).map((p) => [p.kind, p.rule, p.cue?.text ?? null]);

describe('proposals', () => {
  it('reads "called for" and "proposed" with the subject as actor', () => {
    const t = 'Anna Lind called for a new round of talks in Geneva. Lind also proposed creating a joint fund for the region.';
    expect(props(t)).toEqual([
      ['Anna Lind', 'a new round of talks in Geneva'],
      ['Anna Lind', 'creating a joint fund for the region'],
    ]);
  });

  it('reads commitments of a named actor, not predictions about things', () => {
    const t = 'Norway is determined to double its aid to the region. The weather will improve by Friday.';
    expect(props(t)).toEqual([['Norway', 'double its aid to the region']]);
  });

  it('reads a contest\'s outcome as a forecast, and the act beside it as the commitment', () => {
    const t = '"We will win in November," Mike Pence said. "And we will build the new bridge over the river," he added.';
    expect(props(t)).toEqual([['Mike Pence', 'build the new bridge over the river']]);
  });

  it('takes "should be taken" from a reported belief with its speaker, subject and all', () => {
    const t = 'Olaf Brandt believes that urgent measures should be taken to protect the coast.';
    expect(props(t)).toEqual([['Olaf Brandt', 'urgent measures should be taken to protect the coast']]);
  });

  it('gives each proposal a kind, its cue and the rule that found it', () => {
    const t = 'Chile urged Peru to reopen the border. The two ministers agreed to meet again in March. Chile will send a trade mission to Lima in May. Peru has pledged to cut tariffs on copper.';
    expect(kinds(t)).toEqual([
      ['call', 'call-verb', 'urged'],
      ['decision', 'intent-verb', 'agreed to'],
      ['plan', 'future', 'will'],
      ['commitment', 'intent-verb', 'pledged to'],
    ]);
  });

  it('leaves out readiness for a thing, importance as a reason, and a quoted question', () => {
    const t = 'The team is prepared for the match. Talks went on, based on the importance of developing trade. "Will you support the treaty?" the senator asked.';
    expect(props(t)).toEqual([]);
  });

  it('keeps the cue of a hard-wrapped proposal as the stored text has it', () => {
    const t = 'Russian President Vladimir Putin said on Thursday that Russia is also determined\nto strengthen interaction with the international organisations of the region and\nthat the two countries will open a new consulate in Almaty next year, officials said.\nThe meeting lasted three hours and ended with a dinner for the delegations.';
    const p = proposalsOf(t).find((x) => x.rule === 'ready-to');
    expect(p?.cue?.text).toBe('is also determined\nto');
  });

  it('leaves out negated plans, questions, conditions and back-references', () => {
    const t = 'Ivan Petrov said there were no plans for an emergency meeting. Will the ministers meet again? If the talks fail, the army will move in. The proposed tax would raise revenue for schools.';
    expect(props(t)).toEqual([]);
  });

  it('finds proposals inside a direct quotation, with its speaker as actor', () => {
    const t = '"We will propose further measures to protect the wetlands," Environment Minister Sara Holm said on Monday.';
    expect(props(t)).toEqual([['Sara Holm', 'further measures to protect the wetlands']]);
    expect(kinds(t)).toEqual([['proposal', 'call-verb', 'propose']]);
  });

  it('gives "the two leaders" and "they" to both people of a meeting', () => {
    const t = 'President Maria Ortiz met Prime Minister Jonas Berg in Oslo on Tuesday. The two leaders agreed to resume talks on fishing rights. They will meet again in Madrid in the spring.';
    expect(props(t).map(([actor]) => actor)).toEqual(['Maria Ortiz and Jonas Berg', 'Maria Ortiz and Jonas Berg']);
  });

  it("reads a speech's first person and its impersonal calls as the speaker's", () => {
    const t = 'Dear colleagues!\nWe have done much this year, and I thank you for it.\nIt is necessary to modernise the railways of the north.\nWe must reduce the cost of housing for young families.\nThe government should present a plan by June.';
    const got = props(t, 'Address of President Amir Khan to the National Assembly');
    expect(got).toEqual([
      ['Amir Khan', 'modernise the railways of the north'],
      ['Amir Khan', 'reduce the cost of housing for young families'],
      ['Amir Khan', 'The government should present a plan by June'],
    ]);
  });

  it('reads each item of a list a proposal introduces; a description (the cabinet) acts for the one who speaks', () => {
    const t = 'The Prime Minister, Lea Novak, said the cabinet would take the following measures:\n- To raise the minimum wage by 10 percent\n- To build 5,000 homes for teachers\nThe opposition did not comment.';
    const got = proposalsOf(t).filter((p) => p.rule === 'list-item').map((p) => [p.actor?.name, p.text]);
    expect(got).toEqual([
      ['Lea Novak', 'To raise the minimum wage by 10 percent'],
      ['Lea Novak', 'To build 5,000 homes for teachers'],
    ]);
  });

  it('names every state of a coordinated subject, after a dateline', () => {
    const t = 'HANOI — Vietnam and Russia agreed on Tuesday to resume direct flights. Egypt, Qatar and the United States will reconvene in Cairo next week.';
    expect(props(t).map(([actor]) => actor)).toEqual(['Vietnam and Russia', 'Egypt, Qatar and United States']);
    expect(analyzeArticle(t, null).entities.find((e) => e.name === 'HANOI')?.type).toBe('place');
  });

  it('gives the items of an adopted resolution, bullet after bullet on one line, to who adopted it', () => {
    const t = 'The meeting of G20 leaders unanimously adopted a resolution incorporating:\nï\u0082· unfettered access for medical personnel, ï\u0082· securing humanitarian routes for convoys, and ï\u0082· safe evacuation of the wounded.\nThe talks ended late.';
    expect(proposalsOf(t).filter((p) => p.rule === 'list-item').map((p) => [p.actor?.name, p.text])).toEqual([
      ['meeting of G20 leaders', 'unfettered access for medical personnel'],
      ['meeting of G20 leaders', 'securing humanitarian routes for convoys'],
      ['meeting of G20 leaders', 'safe evacuation of the wounded'],
    ]);
  });

  it('keeps a named person as the actor of a passive plan, and gives a recipient\'s plan to the giver who says it', () => {
    const t = 'I will meet Moses Wetangula in Perth on Friday. Mr Wetangula will be joined by the Minister for Mines. Kenya will receive fourteen scholarships next year.';
    const got = props(t, 'Media release: The Hon Stephen Smith MP');
    expect(got.map(([actor]) => actor)).toEqual(['Stephen Smith', 'Moses Wetangula', 'Stephen Smith']);
  });

  it('gives a proposal with no actor in the text to the two states a statement\'s title names', () => {
    const t = 'The delegations of the United States and Ukraine met in Geneva for four hours. The talks underscored the shared commitment to achieving a just and lasting peace.';
    expect(props(t, 'Joint Statement on United States-Ukraine Meeting').map(([actor]) => actor)).toEqual(['United States and Ukraine']);
  });

  it('names a state for its capital and "the country" for the state named last', () => {
    const t = 'Moscow is ready to supply grain to Egypt through the Black Sea. Russia has also said the country is seeking to end the dispute with Kiev.';
    expect(props(t).map(([actor]) => actor)).toEqual(['Russia', 'Russia']);
  });
});
