// A subject whose relative clause stands between it and the cue, set off by commas, when the
// name does not open the sentence ("In the interview, Reid, who endorsed her in May, reiterated
// …", "But Trump, who has struggled on the issue, made no comment"), or when the closing comma sits
// inside a quotation ("Mr. Scott, who has called the remarks ''toxic,'' portrayed …").
import { subjectLeft } from '../speakers/subjects';
import { isQuoteMark, type Token } from '../text/tokens';

const MAX_ASIDE = 30;

/** The closing comma of an aside right before the cue at `k + 1`: `k` itself, or the comma inside a closing quotation mark. */
export function asideComma(tokens: Token[], k: number): number {
  const t = tokens[k]!;
  if (t.text === ',') return k;
  return (isQuoteMark(t.text) || t.text === "''") && tokens[k - 1]?.text === ',' ? k - 1 : -1;
}

/** The name before ", who …," that closes at `comma`; null when no relative clause opens there. */
export function relativeAside(tokens: Token[], a: number, comma: number): [number, number] | null {
  for (let j = comma - 2; j > a && comma - j < MAX_ASIDE; j--) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '.' || t.text === '(' || t.text === ')') return null;
    if (t.text !== ',' || !/^(who|whose)$/.test(tokens[j + 1]?.lower ?? '')) continue;
    const name = subjectLeft(tokens, j, a);
    return name && tokens[name[1] - 1]!.cap ? name : null;
  }
  return null;
}
