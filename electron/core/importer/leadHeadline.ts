// A short headline for an article that has none, built from its lead the way a desk editor would:
// who did or said what, in at most about 90 characters, cut only where a phrase ends.
// It reads the lead's grammar through a few word classes (titles, speech verbs, prepositions), so it
// works on any agency's copy; it never invents words, it only drops and reorders the lead's own.
import { splitSentences } from '../analysis/text/sentences';
import { ORG_HEADS, ROLE_NOUNS, TITLES } from '../analysis/lexicon/lexicon';

const MAX = 90;
// A cut shorter than this drops too much of the story; a later boundary or a plain word cut is better.
const MIN_CLAUSE = 20;
const MIN_PHRASE = 40;

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
// Words a headline may not end on, and the ones before which a phrase boundary falls.
const DETERMINERS = words('the a an this that these those its his her their our my your some any each every no such another very not both either neither');
const LINKS = words(`of in on at to for with from by about after before during amid against over under between through
into toward towards since until and or but nor that which who whom whose while as because if when where despite
following than via per without within upon across`);
const SPEECH = words(`said says told tells stated states added adds noted notes announced announces stressed stresses
emphasized emphasised declared declares warned warns explained explains wrote writes insisted insists argued argues
confirmed confirms claimed claims believes believed`);
const PRONOUNS = words('he she they it we i you');
// Lower-case words that may stand in a speaker's name ("the coalition's media office", "its foreign minister").
const SPEAKER_GLUE = words(`the a an its his her their our of to for and in at on de la del von van al bin el media
office spokesman spokeswoman spokesperson ministry ministries officials sources government minister president
foreign state`);
// Openers of a phrase that only sets the scene ("Thanks to …,", "In particular,", "Noting …,").
const INTRO = /^(?:in particular|however|meanwhile|moreover|also|today|yesterday|thanks to [^,]{1,120}|(?:on|in|at|during|after|following|amid|despite|with|before|earlier|later|since|by) [^,]{1,80}|\p{L}{3,}ing (?:the|a|an|that|to|on|into|in|at|for|with|its|his|her|their|this|these|about|over)\b[^,]{1,120}|taking into account [^,]{1,120}),\s+/iu;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?`;
const PLACE_WORD = "\\p{Lu}[\\p{L}.'’-]*";
const PLACE = `${PLACE_WORD}(?: ${PLACE_WORD}){0,3}(?:,\\s*${PLACE_WORD}(?: ${PLACE_WORD}){0,2})?(?:\\s*/[^/\\n]{1,40}/)?`;
const AGENCY = '(?:\\(\\p{Lu}[^()\\n]{0,30}\\)|/\\p{Lu}[^/\\n]{0,30}/)';
// "HANOI —", "KUWAIT, March 1 -", "Washington (CNN) --", "IGORA /Leningrad Region/, December 26. /TASS/.".
const DATELINE = new RegExp(
  `^(?<place>${PLACE})?(?:,\\s*(?<date>${DATE}))?\\.?(?:\\s*(?<agency>${AGENCY}))?(?<end>\\s*(?:-{1,3}|[–—])|\\.)\\s+`,
  'u',
);

export function headlineFromLead(text: string): string {
  const lead = leadSentence(text);
  if (!lead) return '';
  const bare = lead.replace(/\s*\([^()]*\)|\s*\[[^[\]]*\]/g, '').replace(/\s+([,.;:])/g, '$1').replace(/(^|\s)([“"])\s+/g, '$1$2');
  let s = dropDashedAside(bare).trim();
  if (!endsWithAbbreviation(s)) s = s.replace(/\.+$/, '');
  let speaker: string | null = null;
  const according = /^according to ([^,]{2,80}),\s+/i.exec(s);
  if (according) {
    speaker = shortName(according[1]!);
    s = s.slice(according[0].length);
  }
  s = dropClosingSource(s);
  const closing = closingSpeaker(s);
  if (closing) {
    s = closing.content;
    speaker = closing.speaker;
  }
  s = dropAppositive(dropIntro(s));
  const prefix = speaker && speaker.length <= MAX / 2 ? `${speaker}: ` : '';
  const content = shorten(s, MAX - prefix.length, Math.max(MIN_CLAUSE, MIN_PHRASE - prefix.length));
  // Should the trimming leave nothing, the lead itself, cut to length, is still a title.
  return content ? capitalise(prefix + capitalise(content)) : capitalise(shorten(lead, MAX, MIN_PHRASE));
}

// The first sentence of the first paragraph that reads as prose; a byline, a date line or a heading
// ("By John Smith", "MEDIA RELEASE", "Brussels, 15 November 2015") is passed over.
function leadSentence(text: string): string {
  const paras = paragraphs(text);
  const body = paras.slice(0, 8).map(stripDateline).find(readsAsProse) ?? stripDateline(paras[0] ?? '');
  const sentences = splitSentences(body, [{ start: 0, end: body.length }]).map((x) => body.slice(x.start, x.end));
  let first = sentences[0] ?? body;
  // "Japan and the U.S. Kick off …", "Amb. Kazykhanov said": the full stop of an initialism or an
  // abbreviation taken for a sentence end.
  const short = first.split(' ').length < 3 || (/\b(?:\p{Lu}\.){2,}$/u.test(first) && first.split(' ').length < 6);
  if (short && sentences[1]) first = `${first} ${sentences[1]}`;
  return first.trim();
}

// A blank line or an indented line opens a paragraph. A line that runs on (long, ending mid-sentence)
// was hard-wrapped and is joined to the next; a short or finished line ends its paragraph.
function paragraphs(text: string): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) {
      open = false;
      continue;
    }
    if (open && !/^[ \t]/.test(line)) out[out.length - 1] += ` ${t}`;
    else out.push(t);
    open = t.length >= 45 && !/[.!?:;"”]$/.test(t) && t !== t.toUpperCase();
  }
  return out.map((p) => p.replace(/\s+/g, ' '));
}

function readsAsProse(p: string): boolean {
  const ws = p.split(' ');
  const content = ws.filter((w) => /^\p{Ll}/u.test(w) && !LINKS.has(w) && !DETERMINERS.has(w));
  // A salutation ("Dear members of Parliament!") opens a speech, not a story.
  if (/^(?:Dear|Ladies|Your Excellenc|Distinguished)\b/.test(p) && ws.length < 15) return false;
  return ws.length >= 6 && content.length >= 2;
}

function stripDateline(p: string): string {
  const m = DATELINE.exec(p);
  if (!m || m.index !== 0) return p;
  const { place, date, agency, end } = m.groups!;
  // A place alone needs capitals and a dash ("HANOI —"): "Russia — the country …" is a sentence.
  const capsPlace = !!place && /\p{L}{3}/u.test(place) && place === place.toUpperCase() && end!.trim() !== '.';
  return date || agency || capsPlace ? p.slice(m[0].length) : p;
}

// An aside between paired dashes (" - Turkish, Hungarian companies - ") is a parenthetical too.
function dropDashedAside(s: string): string {
  return s.replace(/\s[-–—]{1,2}\s[^-–—]{1,80}?\s[-–—]{1,2}\s/u, ' ');
}

function endsWithAbbreviation(s: string): boolean {
  return /(?:\b(?:\p{Lu}\.){2,}|\b(?:Jr|Sr|Inc|Co|Ltd)\.)\s*$/u.test(s);
}

// "…, as reported by the agency's correspondent" and "…, according to SANA" name where the news
// was read, not who said it: they are dropped, not turned into a lead-in.
function dropClosingSource(s: string): string {
  return s.replace(/,["”’]?\s+(?:as reported by|according to|(?:[\p{L}'’-]+\s+){0,4}reported\b)[^,]*$/iu, (m) => (/^,["”’]/u.test(m) ? m[1]! : ''));
}

// "…, Russian President Vladimir Putin told reporters." The speaker after the last comma becomes
// the headline's lead-in; a pronoun ("…,” she said") is dropped and the statement stands alone.
function closingSpeaker(s: string): { speaker: string | null; content: string } | null {
  const m = /,(["”’]?)\s+([^,]+)$/u.exec(s);
  if (!m) return null;
  const tail = m[2]!.split(' ');
  const verb = tail.findIndex((w) => SPEECH.has(w));
  if (verb < 1 || verb > 10) return null;
  // "…, Ban told reporters that “Nature …”" opens a statement of its own; it does not close this one.
  const after = tail.slice(verb + 1);
  if (after.length > 8 || after.some((w) => w === 'that' || /["“”]/.test(w))) return null;
  const who = tail.slice(0, verb).join(' ');
  const content = s.slice(0, m.index) + m[1]!;
  if (content.length < MIN_CLAUSE) return null;
  if (PRONOUNS.has(who.toLowerCase())) return { speaker: null, content };
  const ok = who.split(' ').every((w) => /^\p{Lu}/u.test(w) || SPEAKER_GLUE.has(w.replace(/['’]s$/, '')) || ORG_HEADS.has(w.replace(/['’]s$/, '')) || ROLE_NOUNS.has(w));
  return ok ? { speaker: shortName(who), content } : null;
}

/** The shortest name the lead gives a speaker: a titled person's surname, an organisation's whole name. */
function shortName(who: string): string {
  const ws = who.replace(/^(?:the|a|an|its|his|her|their|our)\s+/i, '').replace(/,?\s+(?:Jr|Sr)\.?$|\s+I{2,3}$/, '').split(' ');
  const lastTitle = ws.reduce((k, w, i) => (TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()) ? i : k), -1);
  const last = ws[ws.length - 1]!;
  const named = lastTitle >= 0 && lastTitle < ws.length - 1 && /^\p{Lu}/u.test(last) && !ORG_HEADS.has(last.toLowerCase());
  return capitalise(named ? last : ws.join(' '));
}

// Scene-setters go one by one ("Yesterday, on March 19, the whole world …"), each only when what
// is left is a clause of its own.
function dropIntro(s: string): string {
  for (let m = INTRO.exec(s); m; m = INTRO.exec(s)) {
    const rest = s.slice(m[0].length);
    if (rest.split(' ').length < 5 || /^(?:and|but|or|which|who)\b/i.test(rest)) break;
    s = rest;
  }
  return s;
}

// "Head of State, Kassym-Jomart Tokayev, emphasized" → "Kassym-Jomart Tokayev emphasized";
// "Kassym-Jomart Tokayev, the President of Kazakhstan, said" → "Kassym-Jomart Tokayev said".
function dropAppositive(s: string): string {
  const m = /^([^,]{2,90}), ([^,]{2,120}), (?=(\p{Ll}+)(?!\p{L}))/u.exec(s);
  if (!m || LINKS.has(m[3]!) || DETERMINERS.has(m[3]!) || !/^\p{Lu}/u.test(m[1]!)) return s;
  const [, subject, aside] = m as unknown as [string, string, string];
  if (subject.split(' ').length > 12) return s;
  const rest = s.slice(m[0].length);
  const isName = /^(?:\p{Lu}[\p{L}'’.-]*\s?){2,5}$/u.test(aside);
  const subjectIsTitle = subject.split(' ').some((w) => TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()));
  if (isName && subjectIsTitle) return `${aside} ${rest}`;
  // The aside describes (a title, "the President of …", "who …", "in remarks published today"); a
  // second clause ("China and Korea agreed") is not an aside.
  const titled = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and)(?: (?:\p{Lu}[\p{L}'’.-]*|of|the|for|and))*$/u.test(aside);
  const describes = /^(?:the|a|an|its|his|her|their|who|which|whose|in|at|on|with|from|after|during|\p{Ll}{3,}(?:ing|ed))(?!\p{L})/u.test(aside);
  return titled || describes ? `${subject} ${rest}` : s;
}

// The longest lead-in that fits: up to a clause boundary, else up to a phrase boundary, else a word.
function shorten(s: string, max: number, minPhrase: number): string {
  if (s.length <= max) return tidy(s);
  const clause = lastBoundary(s, /,\s+(?:but|while|which|as|and|whereas)(?!\p{L})|;|\s[—–]\s|\s-{1,2}\s|,\s+(?=\p{Ll}{3,}(?:ing|ed)(?!\p{L}))/gu, MIN_CLAUSE, max);
  const phrase = lastBoundary(s, /(?<=(?:^|\s)(\S+)\s\S+)\s(?=(\p{L}+)(?!\p{L}))/gu, minPhrase, max, phraseBreak);
  const word = lastBoundary(s, /\s/g, 1, max);
  return tidy(s.slice(0, clause ?? phrase ?? word ?? max));
}

function lastBoundary(s: string, re: RegExp, min: number, max: number, fits?: (m: RegExpExecArray) => boolean): number | null {
  let best: number | null = null;
  for (let m = re.exec(s); m && m.index <= max; m = re.exec(s)) {
    if (m.index >= min && (!fits || fits(m))) best = m.index;
  }
  return best;
}

// A phrase ends before a preposition or conjunction, but not inside coordinated modifiers: "a warm |
// and productive meeting", "both industrialized | and developing countries" go on to their noun.
function phraseBreak(m: RegExpExecArray): boolean {
  const next = m[2]!.toLowerCase();
  if (!LINKS.has(next)) return false;
  return !((next === 'and' || next === 'or') && DETERMINERS.has(m[1]!.toLowerCase()));
}

// Strips a trailing comma or connector and never leaves a determiner, preposition or conjunction last.
function tidy(s: string): string {
  let out = s.trim();
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/[\s,;:—–-]+$/u, '');
    const last = /(\S+)$/.exec(out)?.[1]?.toLowerCase() ?? '';
    // A possessive ("Brazil's") stands for a determiner: its noun was cut off.
    if (DETERMINERS.has(last) || LINKS.has(last) || /['’]s$/.test(last)) out = out.slice(0, -last.length);
  }
  return balanceQuotes(out);
}

// A cut inside a quotation leaves its opening mark alone: the mark goes too.
function balanceQuotes(s: string): string {
  const opens = (s.match(/“/g) ?? []).length - (s.match(/”/g) ?? []).length;
  if (opens > 0) return s.replace(/“(?!.*“)/u, '');
  const straight = s.match(/(?<!\p{L})"|"(?!\p{L})/gu) ?? [];
  return straight.length % 2 === 1 ? s.replace(/"(?!.*")/, '') : s;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
