// The words that mark a proposal, as data: each cue with the kind of proposal it makes. The rules in
// proposals/proposalRules.ts read these tables; a new cue is a line here, not a new rule.
import type { ProposalKind } from '../types';

const words = (s: string): string[] => s.trim().split(/\s+/);
const table = (rows: [ProposalKind, string][]): Map<string, ProposalKind> => {
  const m = new Map<string, ProposalKind>();
  for (const [kind, list] of rows) for (const w of words(list)) m.set(w, kind);
  return m;
};

/**
 * Verbs whose "to"-infinitive is what is intended, decided or undertaken: "agreed to resume flights",
 * "plans to provide $165 million", "is seeking to end the conflict".
 */
export const INTENT_VERBS = table([
  ['commitment', `pledge pledges pledged pledging vow vows vowed vowing promise promises promised promising commit commits committed
    undertake undertakes undertook undertaken guarantee guarantees guaranteed threaten threatens threatened threatening`],
  ['decision', `agree agrees agreed agreeing decide decides decided deciding resolve resolves resolved`],
  ['plan', `plan plans planned planning intend intends intended intending aim aims aimed aiming seek seeks sought seeking
    strive strives strove striving hope hopes hoped hoping want wants wanted wish wishes wished expect expects expected
    prepare prepares preparing`],
  ['proposal', `offer offers offered offering propose proposes proposed proposing`],
]);

/** Adjectives of readiness after a form of "be": "is ready to", "are determined to", "remains willing to". */
export const READY_ADJECTIVES = table([
  ['commitment', 'ready prepared determined committed resolved willing eager keen poised set'],
]);

/** Verbs of calling on someone: "urged the Senate to ratify", "called for talks", "invited Lula to visit". */
export const CALL_VERBS = table([
  ['call', `urge urges urged urging appeal appeals appealed appealing demand demands demanded demanding request requests requested
    requesting instruct instructs instructed instructing task tasks tasked tasking encourage encourages encouraged encouraging
    press presses pressed pressing push pushes pushed pushing implore implored exhort exhorted direct directs directed order ordered`],
  ['proposal', `propose proposes proposed proposing suggest suggests suggested suggesting recommend recommends recommended
    recommending advocate advocates advocated advocating invite invites invited inviting offer offers offered offering`],
]);
/** "called for", "called on X to": "call" takes its particle. */
export const CALL_WITH_PARTICLE = new Map<string, string[]>([
  ['call', ['for', 'on', 'upon']], ['calls', ['for', 'on', 'upon']], ['called', ['for', 'on', 'upon']], ['calling', ['for', 'on', 'upon']],
  ['ask', ['for']], ['asks', ['for']], ['asked', ['for']], ['asking', ['for']],
  ['push', ['for']], ['pushed', ['for']], ['pushing', ['for']], ['press', ['for']], ['pressed', ['for']], ['pressing', ['for']],
  ['voiced', ['support']], ['announced', []], ['announces', []], ['announce', []],
]);

/** Nouns that carry a proposal with the words after them: "commitment to", "plan for", "invitation to". */
export const PROPOSAL_NOUNS = table([
  ['commitment', `commitment commitments readiness determination resolve pledge pledges promise guarantee guarantees
    undertaking support`],
  ['plan', `plan plans intention intentions intent aim aims goal goals objective objectives priority priorities task
    ambition programme program agenda policy`],
  ['proposal', `proposal proposals initiative initiatives invitation offer suggestion recommendation recommendations`],
  ['call', `call calls appeal appeals demand demands request requests need urgency importance case`],
  ['decision', `decision decisions agreement`],
]);
/** What may follow such a noun for it to carry a proposal. */
export const NOUN_LINKS = new Set(['to', 'for', 'of', 'that', 'on']);

/** Modal verbs of obligation and of an actor's own future: "should", "must", "will". */
export const MODALS = table([
  ['call', 'should must ought'],
  ['plan', 'will shall'],
]);

/** "it is necessary to", "it is time to": an impersonal call. */
export const NECESSITY_ADJECTIVES = new Set(words(`important necessary essential vital crucial imperative critical urgent
  time high advisable desirable needed expedient indispensable appropriate`));

/** Adjectives after "will be" that predict rather than commit ("will be difficult"). */
export const PREDICTIVE_AFTER_WILL_BE = new Set(words(`difficult easy hard possible impossible likely unlikely able unable
  enough necessary good bad better worse great important interesting happy glad ready available`));

/** Nouns whose holder acts: a subject of "will" that commits ("the government will", "the sides will"). */
export const ACTING_NOUNS = new Set(words(`government governments administration ministry ministries minister ministers president
  presidents leader leaders side sides party parties country countries state states nation nations delegation delegations
  team teams official officials authorities authority commission council committee parliament senate congress
  company companies bank banks army forces military police agency agencies organisation organization union alliance
  bloc group groups members member participants partners partner envoy ambassador embassy office department cabinet
  coalition akims akim deputies deputy secretary chairman chair chancellor premier king queen monarch prince emir
  officials spokesman spokeswoman spokesperson mission board body bodies`));

/** Plural descriptions of the leaders or states of a bilateral meeting: resolved to both. */
export const BOTH_SIDES = /^(?:the|both|two|the two|all|our two)?\s*(?:leaders|sides|parties|presidents|ministers|heads of state|countries|nations|delegations|governments|participants)$/i;

/** Words opening a subordinate clause whose modal is a condition or a time, not a commitment. */
export const CONDITION_OPENERS = new Set(words('if unless whether until once when whenever before after as since lest though although'));

/** Lines that introduce a list of measures: its items are proposals. */
export const LIST_INTRO = /(?:following|measures|steps|tasks|priorities|proposals|instruct|include|includes|including|incorporating|propose|we will|should|must|need to|agreed|decided)\b[^:]{0,120}:\s*$/i;

/** Capitals that stand for their state as actors ("Moscow is ready to", "Tokyo agreed to"): the state's name. */
export const CAPITAL_OF = new Map<string, string>(Object.entries({
  Moscow: 'Russia', Kiev: 'Ukraine', Kyiv: 'Ukraine', Washington: 'United States', Beijing: 'China', Tokyo: 'Japan',
  Athens: 'Greece', Ankara: 'Turkey', Damascus: 'Syria', Tehran: 'Iran', London: 'Britain', Paris: 'France', Berlin: 'Germany',
  Bonn: 'Germany', Brussels: 'European Union', Astana: 'Kazakhstan', 'Nur-Sultan': 'Kazakhstan', Minsk: 'Belarus', Havana: 'Cuba',
  Hanoi: 'Vietnam', Cairo: 'Egypt', Riyadh: 'Saudi Arabia', 'New Delhi': 'India', Islamabad: 'Pakistan', Kabul: 'Afghanistan',
  Baghdad: 'Iraq', Seoul: 'South Korea', Pyongyang: 'North Korea', Taipei: 'Taiwan', Canberra: 'Australia', Ottawa: 'Canada',
  Brasilia: 'Brazil', Rome: 'Italy', Madrid: 'Spain', Warsaw: 'Poland', Tbilisi: 'Georgia', Baku: 'Azerbaijan', Yerevan: 'Armenia',
  Tashkent: 'Uzbekistan', Bishkek: 'Kyrgyzstan', Dushanbe: 'Tajikistan', Ashgabat: 'Turkmenistan', Doha: 'Qatar', Amman: 'Jordan',
  Beirut: 'Lebanon', Bangkok: 'Thailand', Jakarta: 'Indonesia', Manila: 'Philippines', Pretoria: 'South Africa', Nairobi: 'Kenya',
  Abuja: 'Nigeria', 'Addis Ababa': 'Ethiopia', 'Mexico City': 'Mexico', Caracas: 'Venezuela', Bogota: 'Colombia',
  'Buenos Aires': 'Argentina', Lima: 'Peru', Wellington: 'New Zealand', Stockholm: 'Sweden', Oslo: 'Norway', Helsinki: 'Finland',
  Copenhagen: 'Denmark', Vienna: 'Austria', Bern: 'Switzerland', Budapest: 'Hungary', Prague: 'Czech Republic',
  Bratislava: 'Slovakia', Bucharest: 'Romania', Sofia: 'Bulgaria', Belgrade: 'Serbia', Vilnius: 'Lithuania', Riga: 'Latvia',
  Tallinn: 'Estonia', Chisinau: 'Moldova', Ulaanbaatar: 'Mongolia', 'Kuala Lumpur': 'Malaysia', Singapore: 'Singapore',
  Tripoli: 'Libya', Tunis: 'Tunisia', Algiers: 'Algeria', Rabat: 'Morocco', Khartoum: 'Sudan', Sanaa: 'Yemen', Muscat: 'Oman',
  'Abu Dhabi': 'United Arab Emirates', 'Tel Aviv': 'Israel', Dublin: 'Ireland', Lisbon: 'Portugal',
}));

/** Descriptions that name the state last mentioned: "the country is seeking to". */
export const STATE_DESCRIPTION = /^(?:the|this|our|that)\s+(?:country|state|kingdom|republic|nation)$/i;

/** Verbs of outcome: with a subject that does not act, "will" forecasts ("the measures will affect a million workers"). */
export const OUTCOME_VERBS = new Set(words(`affect reach serve contribute open develop benefit help lead allow enable cost bring cause
  result mean depend prove play become remain turn come go happen change rise fall increase decrease drop grow improve worsen
  continue exceed total amount cover include exist last need require make give see`));

/** Outcomes of a contest: "will win", "would lose" forecast (or boast), they commit no one to an act. */
export const CONTEST_OUTCOMES = new Set(words(`win wins lose loses prevail succeed fail triumph`));

/** Verbs that steer the speech or the listener's mind ("let's focus on", "we must remember that"): no action proposed. */
export const DISCOURSE_VERBS = new Set(words(`focus turn look recall remember forget note understand realize realise recognize recognise
  admit consider imagine think summarize summarise elaborate dwell mention say talk speak emphasize emphasise stress underline
  repeat clarify reiterate begin start conclude add`));
