// What a passage between quotation marks is, beyond someone's sentence: news writing also quotes
// the headline of a cited article with its byline, the excerpt of that article, a slogan or work
// dated in brackets, and a heading set in capitals, none of them speech; and a crowd's chant,
// which is speech even when it is short and capitalised like a title ("chants of “Feel the Bern!”").
import type { Span } from '../types';

// A verb of chanting or shouting just before the opening mark. Not singing: what is sung is mostly a
// song's title (she sang “Amazing Grace”), which is no one's statement.
export const CHANT_LEAD_RE =
  /\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|cr(?:y|ies|ied|ying)|roar(?:s|ed|ing)?)(?:\s+(?:of|back|out))?[,:]?\s*[“"]?\s*$/iu;

// The stems CHANT_LEAD_RE needs, in either case, and "ſ", which its `u` flag folds to "s" (no other letter
// outside ASCII folds to one of these): without Unicode case folding, this pattern turns away almost every
// lead at a fraction of the cost (CHANT_LEAD_RE read ~1 µs per quotation, mostly to find nothing).
export const CHANT_STEM_RE = /chant|[sſ]hout|yell|[sſ]cream|cr(?:y|ie)|roar/i;

/** A passage shouted or chanted ("the crowd chanted “Lock her up!”"): speech, whatever its shape. */
export function isChant(text: string, q: Span): boolean {
  const lead = text.slice(Math.max(0, q.start - 60), q.start);
  return CHANT_STEM_RE.test(lead) && CHANT_LEAD_RE.test(lead);
}

// What follows the closing mark of a cited headline: its byline, ending the line, a colon or a
// link (“Council to close the library,” by Times' Ann Lee: … / … by the Post's Ann Lee http://…).
// A phrase the article attributes ("ugliness of utterances," by Trump last week) runs on instead.
const BYLINE_AFTER_RE = /^\s*[”"]\s*by\s+(?:the\s+)?\p{Lu}[^\n"“”:,]{0,80}?(?::|\s+https?:\/\/|[^\S\n]*(?:\n|$))/u;
// What stands before an excerpt of that article: the headline's closing comma and mark, the
// byline and a colon (“Headline,” by Times' Ann Lee: “The library …”).
const BYLINE_BEFORE_RE = /,\s*[”"]\s*by\s+(?:the\s+)?\p{Lu}[^\n"“”:,]{0,80}:\s*[“"]?\s*$/u;
// A year in brackets after the closing mark, alone or ending a short note: a poster, slogan or
// work and its date (“No to Schengen” (2005), “We Swiss …” (election poster 2003)).
const DATED_AFTER_RE = /^\s*[”"“],?[^\S\n]*\((?:[^()\n]{0,40}\s)?(?:1[89]|20)\d\d\)/u;

/** A passage that is a cited headline, its excerpt, a dated slogan or work, or a heading in capitals. */
export function isQuotedNonSpeech(text: string, q: Span): boolean {
  const after = text.slice(q.end, q.end + 120);
  if (/,$/.test(q.text) && BYLINE_AFTER_RE.test(after)) return true;
  if (BYLINE_BEFORE_RE.test(text.slice(Math.max(0, q.start - 120), q.start))) return true;
  if (DATED_AFTER_RE.test(after)) return true;
  return isCapsHeading(text, q);
}

/** A paragraph that is nothing but a quotation in capitals (“DIVISIVE, STUPID AND WRONG”): a heading. */
function isCapsHeading(text: string, q: Span): boolean {
  if (/\p{Ll}/u.test(q.text) || !/\p{Lu}[\p{L}'’-]*[^\p{L}]+\p{Lu}/u.test(q.text)) return false;
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const lineEnd = text.indexOf('\n', q.end);
  const before = text.slice(lineStart, q.start);
  const after = text.slice(q.end, lineEnd < 0 ? text.length : lineEnd);
  // A paragraph introduced by the one before ("The president responded on Twitter:") is the quotation it
  // introduces, however it is set.
  if (/:\s*$/u.test(text.slice(Math.max(0, lineStart - 200), lineStart))) return false;
  return /^\s*[“"]\s*$/u.test(before) && /^\s*[”"]?\s*$/u.test(after);
}
