// Participles of the reporting verbs that the table does not tag as participles ("…, mentioning
// her ties to the firm", "…, predicting he would win", "by denouncing the deal"): after a comma or
// "by"/"while", each reports more of what the sentence's subject said, as "…, saying" does. Read
// from the table's forms, so a verb added there for its other roles is read here too.
import { reportingVerbs } from '../lexicon/reportingVerbs';

const PARTICIPLE = reportingVerbs('participle');
const TALK = reportingVerbs('talk');

/** The -ing forms of verbs of saying, of a clause or of stance that the table gives no participle role. */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(
  [...reportingVerbs('speech'), ...reportingVerbs('clause'), ...reportingVerbs('stance')].filter(
    (w) => w.endsWith('ing') && !PARTICIPLE.has(w) && !TALK.has(w),
  ),
);
