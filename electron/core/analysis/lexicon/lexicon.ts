// Word lists for attribution and names. Sets of lower-case words, built once at module load.
import { reportingVerbs } from './reportingVerbs';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Verbs of saying and of stated belief: the cue of a quotation or reported statement. */
export const SPEECH_CUES = reportingVerbs('speech');

/** Cues that take a reported clause ("X said that ..."), beyond which the content runs. */
export const CLAUSE_CUES = reportingVerbs('clause');

/** Words between a subject and its cue that are not part of the subject ("has long said"). */
export const AUX = set(`has have had also later previously recently then would will could might may
once often never already still just further again reportedly repeatedly publicly privately
has long clearly flatly quickly simply only even later subsequently earlier today yesterday
is was were are had been did does do not n't firmly strongly`);

/** Auxiliaries and modals: a finite verb that opens a predicate ("the plan will fail", "he has said"). */
export const FINITE_AUX = set('is are was were has have had will would could can may might must should does did do');

export const PRONOUNS = set('he she they we i it');
export const PERSON_PRONOUNS = set('he she');

/** Words that never belong to a subject phrase: reading left from a cue stops at them. */
export const NP_BREAK = set(`that which who whom whose and but or because as when while if after before since
where though although than so nor yet until unless whether to in on at by from with without into about
against over under between during through across per via is was are were be been being has have had
not this these those what how why there here said says say told tells added also`);

/** Words allowed inside a subject phrase even though they break elsewhere. */
export const NP_INNER = set(`of for the a an at with from`);

/** Titles and honorifics that mark the following name as a person. */
export const TITLES = set(`mr mrs ms miss dr prof sir dame lord lady president vice premier chancellor
minister secretary senator sen rep representative congressman congresswoman governor gov mayor
judge justice general gen colonel col lieutenant lt captain capt sergeant sgt admiral adm commander
king queen prince princess pope bishop archbishop cardinal rabbi imam sheikh father reverend rev
ambassador envoy chairman chairwoman chief ceo director spokesman spokeswoman spokesperson
coach manager striker defender midfielder goalkeeper captain leader
detective officer inspector superintendent commissioner attorney speaker deputy
excellency excellencies majesty highness`);

/** Role nouns of descriptions that refer to a person ("the senator", "Head of State"). */
export const ROLE_NOUNS = set(`president premier chancellor minister secretary senator congressman congresswoman
governor mayor judge general king queen prince pope ambassador envoy chairman chairwoman chief ceo
director spokesman spokeswoman spokesperson leader official officials head candidate nominee
businessman businesswoman billionaire lawyer attorney adviser advisor aide analyst economist
expert professor researcher author writer reporter correspondent source sources commander
prosecutor investigator sheriff officer police witness actor actress singer star coach manager
founder executive owner activist campaigner politician lawmaker lawmakers legislator
representative rep sen democrat republican voter voters resident residents student teacher doctor`);

/** Words at the start of a capitalised run that are not names ("The", "In", weekdays). */
export const NOT_NAME = set(`the a an in on at of for and but or if as by to from with this that these those
it its he she they we i you his her their our my your there here when while after before
however meanwhile moreover furthermore nevertheless instead although though despite during since because
earlier later last next now today yesterday tomorrow under other some many most several both all each every
such according no not yes what why how where who which whose while after before also asked still yet
monday tuesday wednesday thursday friday saturday sunday feb mar apr jun jul aug sep sept oct nov dec
january february march april may june july august september october november december
mr mrs ms dr`);

/** Last words of organisation names. */
export const ORG_HEADS = set(`inc corp corporation co ltd plc llc group bank party council organization
organisation association agency ministry committee union university institute center centre commission
court department assembly federation company airlines airways club league foundation fund trust
administration authority board bureau office service services news press times post journal network
congress parliament senate house government army navy police forces force command
school college academy society alliance coalition front movement church
holdings industries motors systems technologies partners securities exchange capital reuters
secretariat nations parliamentary treaty spa ag sa nv bv gmbh bhd pty ab asa oy sarl srl kgaa
power electric energy oil steel telecom communications pharmaceuticals chemicals resources mining petroleum
insurance investments international zeitung herald tribune gazette telegraph television radio broadcasting`);

/** Words closing place names ("Gulf", "Province"). */
export const PLACE_HEADS = set(`city county province state island islands river valley mountains mountain
sea ocean gulf bay lake region republic kingdom street avenue square road park district peninsula coast`);

// Verbs of stance and advocacy: with a named or pronoun subject, what follows is the attributed
// content too ("Trump called the deal a disaster", "she criticized Wells Fargo's behaviour").
export const STANCE = reportingVerbs('stance');

// Verbs of attitude: with a subject that holds views, what follows is a reported stance ("voters want
// …", "Republicans prefer …"), but they are too common to attribute a quotation by themselves.
export const ATTITUDE = reportingVerbs('attitude');

/** Words that label a line or paragraph without naming anyone ("Update:", "Photo:", "The Latest:"), read
 *  before a colon by the speaker turns of transcripts and by headlines in the "Name: claim" style. */
export const LINE_LABELS = set(`latest update updates note editor editors transcript watch read more photo photos
video source sources via correction related breaking exclusive live analysis opinion editorial caption credit
see also advertisement email remember question answer contributing`);
