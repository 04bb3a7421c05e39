// The words around a name that tell its kind when the name itself is unknown: "in Tavildara",
// "the town of Nandrin", "Michoacan, Mexico", a dateline "NICE, France 1996-08-30" (places);
// "Magna's board", "20 percent of Ruch", "Britain's Sun newspaper" (organisations).
import { lookupName } from '../lexicon/gazetteer';
import type { Token } from '../text/tokens';
import type { EntityType } from '../types';
import { reportingVerbs } from '../lexicon/reportingVerbs';

const PLACE_PREP = new Set(['in', 'near', 'outside', 'across', 'towards', 'toward', 'into', 'inside', 'around']);
const NOT_PLACE_BEFORE_IN = new Set(['stake', 'stakes', 'shares', 'share', 'interest', 'investment', 'investments', 'holding', 'holdings', 'role', 'job', 'career', 'confidence', 'faith', 'trust', 'percent', 'seat', 'seats']);
const PLACE_OF = new Set(`town city village province region capital state country island islands port district area
republic suburb suburbs outskirts county north south east west centre center heart border parts part streets
people citizens residents mayor governor`.split(/\s+/));
const PLACE_AFTER = new Set(['province', 'region', 'district', 'state', 'county', 'city', 'town', 'village', 'valley', 'area', 'airport', 'border', 'residents', 'prison']);
const ORG_OF = new Set(['percent', 'stake', 'shares', 'share', 'control', 'owner', 'owners', 'chairman', 'board', 'subsidiary', 'unit', 'director', 'directors', 'shareholders', 'takeover', 'acquisition', 'sale', 'spokesman', 'spokeswoman', 'executive', 'employees', 'workers', 'members', 'leader']);
const ORG_AFTER = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'agency', 'group', 'company', 'airline', 'bank', 'shares', 'stock', 'spokesman', 'spokeswoman', 'officials', 'organisation', 'organization', 'party', 'team', 'club', 'coach', 'players', 'fans', 'management', 'executives', 'chairman', 'defender', 'striker',
  'midfielder', 'goalkeeper', 'shareholders', 'subsidiary', 'unit', 'side', 'bid', 'offer', 'stake']);
// PLACE_AFTER and ORG_AFTER in one look-up, a place winning (the word after an unknown name is seldom in either).
const KIND_AFTER = new Map<string, EntityType>([...[...ORG_AFTER].map((w): [string, EntityType] => [w, 'organization']),
  ...[...PLACE_AFTER].map((w): [string, EntityType] => [w, 'place'])]);
const ORG_POSSESSED = new Set(['board', 'shares', 'chairman', 'chief', 'president', 'stock', 'executive', 'profit', 'profits', 'results', 'earnings', 'subsidiary', 'unit', 'management', 'spokesman', 'spokeswoman', 'directors', 'shareholders', 'sales', 'revenue', 'output', 'net', 'first-half', 'half-year', 'coach', 'manager', 'squad', 'striker', 'goalkeeper', 'defender', 'midfielder', 'captain', 'players', 'fans']);
// A common noun naming a kind of organisation, set right before the name ("news agency Tanjug",
// "press distributor Hachette", "telecoms operator Unicom", "title contenders Deportivo Coruna").
const ORG_BEFORE = new Set(`company companies firm firms group groups bank banks lender agency carrier airline operator maker makers
manufacturer producer distributor publisher chain retailer insurer brokerage conglomerate consortium club clubs team teams
side sides newspaper daily weekly magazine network broadcaster station party union federation utility exporter importer refiner
miner developer supplier subsidiary unit champions contenders outfit giant newcomers`.split(/\s+/));
const SAYING = reportingVerbs('bareSay');
const DATE = /^\d{4}-\d\d-\d\d$/;

/** A kind suggested by the words around tokens[i..j), or null. */
const MONTH = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/;

/** "'s" or "’s": tested by length first, as it runs on the word after every unknown name. */
const isPossessive = (w: string): boolean => w.length === 2 && (w[1] === 's' || w[1] === 'S') && (w[0] === "'" || w[0] === '’');

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function contextType(text: string, tokens: Token[], i: number, j: number): EntityType | null {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[j];
  const next2 = tokens[j + 1];
  // Datelines: "MINSK 1996-08-30", "NICE, France 1996-08-30" at the start of a line.
  const lineStart = !prev || hasNewline(text, prev.end, tokens[i]!.start);
  if (lineStart && next && (DATE.test(next.text) || (next.text === ',' && next2 && (DATE.test(tokens[j + 2]?.text ?? '') || DATE.test(tokens[j + 3]?.text ?? ''))))) return 'place';
  // "HANOI —", "KUWAIT, March 1 -", "Washington (CNN) --": a wire's dateline opens a line with its place.
  if (lineStart && next && (/^[—–-]$/.test(next.text) || (next.text === '(' && tokens[j + 2]?.text === ')' && /^[—–-]$/.test(tokens[j + 3]?.text ?? '')) ||
    (next.text === ',' && next2 && MONTH.test(next2.text) && /^\d{1,2}$/.test(tokens[j + 2]?.text ?? '')))) return 'place';
  if (prev && PLACE_PREP.has(prev.lower) && !(prev2 && NOT_PLACE_BEFORE_IN.has(prev2.lower))) {
    if (!(next && isPossessive(next.text))) return 'place';
  }
  if (prev?.lower === 'of' && prev2) {
    if (PLACE_OF.has(prev2.lower)) return 'place';
    if (ORG_OF.has(prev2.lower)) return 'organization';
  }
  if (prev?.lower === 'capital') return 'place';
  if (prev && prev.word && !prev.cap && ORG_BEFORE.has(prev.lower)) return 'organization';
  // "Ontario-based Magna", "Brazilian-born Luis Oliveira".
  if (prev && prev.lower.includes('-')) {
    if (/-(?:based|listed|owned|controlled|registered|funded)$/.test(prev.lower)) return 'organization';
    if (prev.lower.endsWith('-born')) return 'person';
  }
  // "the Braves", "the Mets": a capitalised plural after "the" names a team or a group, not a person.
  if (prev?.lower === 'the' && j - i === 1 && /\p{Ll}s$/u.test(tokens[i]!.text) && !/ss$/.test(tokens[i]!.text)) return 'organization';
  if (next) {
    // "Duran, 45, takes on ...": an age in apposition follows only a person.
    if (next.text === ',' && next2 && /^\d{1,2}$/.test(next2.text) && tokens[j + 2]?.text === ',') return 'person';
    if (next.word && !next.cap) {
      const kind = KIND_AFTER.get(next.lower);
      if (kind) return kind;
    }
    if (isPossessive(next.text) && next2 && ORG_POSSESSED.has(next2.lower)) return 'organization';
    // "Comelf said it ...": only an organisation (or a place) is "it" to itself.
    if (SAYING.has(next.lower) && (next2?.lower === 'it' || next2?.lower === 'its')) return 'organization';
    // "Michoacan, Mexico": a name followed by a known country or region is a place in it.
    if (next.text === ',' && next2?.cap && lookupName(next2.text, false) === 'L' && !tokens[j + 2]?.cap) return 'place';
  }
  return null;
}
