// The grammatical gender a text gives a person, so "she" does not resolve to the last man named:
// from an honorific before any mention (Mr, Mrs, Ms), a gendered role word right before the name
// ("Congresswoman", "actress"), or a common first name. Unknown stays unknown (either pronoun fits).
import { isSpaceCode } from '../text/whiteSpace';
import type { EntityIndex } from '../entities/entities';

export type Gender = 'm' | 'f' | null;

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

// Common given names in English-language news (including frequent names of world leaders).
const MALE = set(`
aaron adam adrian ahmed alan albert alberto alejandro alex alexander alexei alfred ali allen andre andreas
andrew andy angelo anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby
boris brad bradley brandon brendan brian bruce bryan carl carlos charles charlie chris christian christopher chuck
clarence claude colin craig dale dan daniel danny darrell dave david dean dennis derek dick dmitry don donald doug
douglas duncan dwight ed eddie edward emmanuel eric erik ernest eugene evan felipe fernando francis francisco
frank franklin fred frederick gary gavin gene geoff geoffrey george gerald gerhard gordon graham greg gregory
guy hans harold harry harvey hassan hector helmut henry herbert howard hugh hugo ian igor isaac ivan jack jacob
jaime jake james jamie jared jason javier jay jean-claude jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy
joe joel johan john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth
kevin khalid kirk klaus kurt lance larry lawrence lee leon leonard lindsey lloyd louis luis luke lyndon
malcolm marco marcus mario mark martin marvin matt matthew maurice max michael miguel mike mitch mitt mohamed
mohammad mohammed muhammad narendra nathan neil nelson nicholas nick nicolas nigel noah norman oliver omar oscar
otto owen pablo patrick paul pedro pete peter phil philip pierre rafael ralph ramon randy ray raymond reince
reza ricardo richard rick rob robert roberto rod rodney roger roland ron ronald ross roy rudy rupert russell
ryan salman sam samuel scott sean sergei sergey seth shane sidney simon stanley stefan stephen steve steven
stuart ted terry theodore thomas tim timothy todd tom tommy tony travis trey victor viktor vincent vladimir
walter warren wayne wesley william willie wolfgang xavier yasser yuri zachary`);

const FEMALE = set(`
abigail ada alice alicia alison amanda amber amy ana andrea angela angelina ann anna anne annie april ashley
barbara betty beverly brenda brittany carla carly carmen carol caroline carolyn catherine cathy cecilia charlotte
chelsea cheryl christina christine cindy claire claudia colleen connie cynthia daisy dana danielle deborah debbie
debra denise diana diane donna doris dorothy edith eileen elaine eleanor elena elizabeth ellen emily emma erica
erin eva evelyn fiona frances gabrielle gail gina gloria grace hannah heather heidi helen hillary holly huma
ingrid irene isabel jackie jacqueline jane janet janice jean jeanne jennifer jessica jill joan joanna jodi joni
josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathy katie kay kayleigh kellyanne
kelly kimberly kirsten kristen laura lauren leslie lillian linda lisa liz loretta lori louise lucy lynn madeleine
malala margaret maria marie marilyn marion marsha martha mary maureen megan megyn melania melissa michele michelle
mildred mira monica nancy naomi natalie nicole nikki nina nora olga pamela patricia patti paula pauline peggy
penny rachel rebecca regina rita roberta rosa rose ruth sally samantha sandra sarah sharon sheila shirley sonia
sophie stephanie sue susan suzanne sylvia tammy tanya teresa theresa tina tracy valerie vanessa victoria
virginia wanda wendy yvonne zoe`);

const MALE_WORDS = set('mr mr. sir lord king prince duke father brother son husband congressman spokesman chairman businessman actor');
const FEMALE_WORDS = set('mrs mrs. ms ms. miss madam lady dame queen princess duchess mother sister daughter wife congresswoman spokeswoman chairwoman businesswoman actress');

const cache = new WeakMap<EntityIndex, (Gender | undefined)[]>();

/** The gender of entity `e` of `index` (a person), read off the text once and cached. */
export function genderOf(text: string, index: EntityIndex, e: number): Gender {
  let known = cache.get(index);
  if (!known) {
    known = [];
    cache.set(index, known);
  }
  const hit = known[e];
  if (hit !== undefined) return hit;
  const g = readGender(text, index, e);
  known[e] = g;
  return g;
}

function readGender(text: string, index: EntityIndex, e: number): Gender {
  const ent = index.entities[e]!;
  let m = 0;
  let f = 0;
  for (const at of ent.mentions) {
    const before = wordBefore(text, at.start);
    if (!before) continue;
    if (MALE_WORDS.has(before)) m++;
    else if (FEMALE_WORDS.has(before)) f++;
  }
  if (m !== f) return m > f ? 'm' : 'f';
  const space = ent.name.search(SPACE);
  const first = (space < 0 ? ent.name : ent.name.slice(0, space)).toLowerCase(); // ent.name.split(/\s+/)[0]
  if (MALE.has(first)) return 'm';
  if (FEMALE.has(first)) return 'f';
  return null;
}

/** The word (of letters and dots) that ends, before spaces, the 20 characters before `at`, lower-cased: what
 *  /([A-Za-z.]+)\s+$/ finds in text.slice(at - 20, at), read backward from `at` without the slice. */
export function wordBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 20);
  const to = Math.min(at, text.length);
  let k = to;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === to) return undefined;
  const end = k;
  while (k > from && isLetterOrDot(text.charCodeAt(k - 1))) k--;
  return k === end ? undefined : text.slice(k, end).toLowerCase();
}
const SPACE = /\s/;
const isLetterOrDot = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;

/** The gender a pronoun asks for, or null for one that fits anybody. */
export function pronounGender(lower: string): Gender {
  return lower === 'he' || lower === 'him' || lower === 'his' ? 'm' : lower === 'she' || lower === 'her' || lower === 'hers' ? 'f' : null;
}
