import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../electron/core/importer/articleHeader';
import { headlineFromLead } from '../../../electron/core/importer/leadHeadline';

const ENDS_BADLY = /\b(?:the|a|an|of|in|on|at|to|for|with|from|by|and|or|but|that)$/i;

describe('headlineFromLead', () => {
  it('makes the seed a headline about Tokayev', () => {
    const { text } = parseArticle(readFileSync(join(__dirname, '../../../seeds/000_3186beaf5c2ea66a.txt'), 'utf8'));
    const h = headlineFromLead(text);
    expect(h.length).toBeLessThanOrEqual(90);
    expect(h).toMatch(/^(?:Kassym-Jomart )?Tokayev /);
    expect(h).not.toMatch(/…|\.$/);
  });

  it('turns a closing attribution into a lead-in with the speaker\'s surname', () => {
    const lead =
      'IGORA /Leningrad Region/, December 26. /TASS/. Russia could use Oreshnik again if need be, but the country is seeking to end the conflict in Ukraine, Russian President Vladimir Putin told reporters.';
    expect(headlineFromLead(lead)).toBe('Putin: Russia could use Oreshnik again if need be');
  });

  it('keeps an organisation\'s name as the lead-in and drops a pronoun speaker', () => {
    expect(headlineFromLead('Grain exports will be capped until June, the ministry said.')).toBe('Ministry: Grain exports will be capped until June');
    expect(headlineFromLead('MOSCOW, December 26. /TASS/. Sanctions disrupted the payment, the Russian Foreign Ministry said in a statement.')).toBe(
      'Russian Foreign Ministry: Sanctions disrupted the payment',
    );
    expect(headlineFromLead('“We will not back down,” she said.')).toBe('“We will not back down”');
  });

  it('does not take a speaker who goes on to make a statement of his own', () => {
    const h = headlineFromLead('With leaders gathering in the city, Ban told reporters that "Nature does not negotiate with us."');
    expect(h.startsWith('Ban:')).toBe(false);
  });

  it.each([
    ['HANOI — Vietnam and Russia agreed on Monday to restore direct flights.', 'Vietnam and Russia agreed on Monday to restore direct flights'],
    ['LONDON (Reuters) - Oil prices rose sharply on Tuesday.', 'Oil prices rose sharply on Tuesday'],
    ['Washington (CNN) -- The Senate passed the budget bill late on Friday.', 'The Senate passed the budget bill late on Friday'],
    ['(CNN) -- The Syrian National Coalition voted Saturday to attend the talks.', 'The Syrian National Coalition voted Saturday to attend the talks'],
    ['Astana, 3 June (Kazinform) – The Majilis approved the new budget code.', 'The Majilis approved the new budget code'],
    ['Jakarta, Indonesia (CNN) -- Leaders of the region met in Indonesia on Saturday.', 'Leaders of the region met in Indonesia on Saturday'],
  ])('strips the dateline of %s', (lead, headline) => {
    expect(headlineFromLead(lead)).toBe(headline);
  });

  it('reads a hard-wrapped agency lead and drops the aside after its subject', () => {
    const lead = [
      "KUWAIT, March 1 - Kuwait's Oil Minister, in remarks",
      'published today, said there were no plans for an emergency OPEC',
      'meeting to review oil policies after recent weakness in world',
      'oil prices.',
      '    Sheikh Ali was quoted by the local daily as saying so.',
    ].join('\n');
    expect(headlineFromLead(lead)).toBe("Kuwait's Oil Minister said there were no plans for an emergency OPEC meeting");
  });

  it('drops parentheticals and an appositive, and keeps the name given after a title', () => {
    expect(headlineFromLead('Kassym-Jomart Tokayev, the President of Kazakhstan, said the talks would resume in May.')).toBe(
      'Kassym-Jomart Tokayev said the talks would resume in May',
    );
    expect(headlineFromLead('The Collective Security Treaty Organization (CSTO) will meet in Almaty.')).toBe(
      'The Collective Security Treaty Organization will meet in Almaty',
    );
    expect(headlineFromLead('Russia — the largest exporter — cut wheat prices on Monday.')).toBe('Russia cut wheat prices on Monday');
  });

  it('passes over a byline, a release line and a salutation to the first paragraph of prose', () => {
    expect(headlineFromLead('By John Smith\n\nMEDIA RELEASE\n\nThe minister signed the water agreement in Tashkent on Friday.')).toBe(
      'The minister signed the water agreement in Tashkent on Friday',
    );
    expect(headlineFromLead('Dear compatriots!\n\nYesterday, on March 19, the whole world witnessed a historic event.')).toBe(
      'The whole world witnessed a historic event',
    );
  });

  it('cuts a long clause at a clause boundary', () => {
    const lead =
      'The government raised the minimum wage by twelve percent for all public sector workers, while private employers will be given two more years to adjust.';
    expect(headlineFromLead(lead)).toBe('The government raised the minimum wage by twelve percent for all public sector workers');
  });

  it('cuts a long sentence without commas where a phrase ends, never inside a word or after "the"', () => {
    const lead =
      'European Community farm ministers were fighting hard early today to prevent a deal on cutting milk output from collapsing because of objections from West Germany and the Netherlands.';
    const h = headlineFromLead(lead);
    expect(h.length).toBeLessThanOrEqual(90);
    expect(h.length).toBeGreaterThanOrEqual(40);
    expect(lead.startsWith(`${h} `)).toBe(true);
    expect(h).not.toMatch(ENDS_BADLY);
    expect(lead.slice(h.length + 1)).toMatch(/^(?:to|on|from|because|of|and)\b/);
  });

  it('never ends on a determiner or a conjunction inside coordinated words', () => {
    const lead = 'President Donald J. Trump and His Majesty King Abdullah II of Jordan held a warm and productive working meeting at the White House.';
    const h = headlineFromLead(lead);
    expect(h.length).toBeLessThanOrEqual(90);
    expect(h).not.toMatch(ENDS_BADLY);
    expect(h.endsWith('warm')).toBe(false);
  });

  it('gives a short first sentence back whole, without its full stop', () => {
    expect(headlineFromLead('Talks resumed on Monday. More followed.')).toBe('Talks resumed on Monday');
    expect(headlineFromLead('')).toBe('');
  });
});
