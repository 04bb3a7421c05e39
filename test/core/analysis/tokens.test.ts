import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../electron/core/analysis/text/tokens';

// The grammar tokenize reads by hand, as the regular expression it replaced: both must give the same tokens.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+|['’](?![sS]\b)[\p{L}\p{N}]+|\.\d+|,\d{3}(?!\d))*|['’][sS]\b|\S/gu;
function byExpression(text: string) {
  return [...text.matchAll(TOKEN_RE)].map((m) => {
    const t = m[0];
    return { start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(),
      word: /[\p{L}\p{N}]/u.test(t[0]!) || (t.length === 2 && (t[1] === 's' || t[1] === 'S')), cap: /^\p{Lu}/u.test(t) };
  });
}

describe('tokenize', () => {
  it('keeps initialisms, inner hyphens, apostrophes, decimals and thousands in one word', () => {
    const t = "The U.S.-based AT&T paid O'Brien's firm 3.5m and 1,000,000 on Kassym-Jomart’s say, 1,0000 too.";
    expect(tokenize(t).map((k) => k.text)).toEqual(['The', 'U.S.', '-', 'based', 'AT&T', 'paid', "O'Brien", "'s", 'firm', '3.5', 'm', 'and',
      '1,000,000', 'on', 'Kassym-Jomart', '’s', 'say', ',', '1', ',', '0000', 'too', '.']);
  });
  it('reads every text as the regular expression does', () => {
    const samples = ["JONES'S", "O'sullivan 's_ 'S9 ’sé", 'A.B. C.D.E.x A.b. É.Ü. 1.2.3 ,123 a,1234 a,12', '\u{1D400}\u{1D401}s 𝟘1 \uD800x \uDC00 ☃',
      'İstanbul ΣΑΣ Straße  \u00a0\u2003tab\there\nline', "-a & b &c d- 'x ’ ' rock'n'roll", ''];
    const alphabet = ["a", "B", "s", "S", "É", "é", "1", "0", ".", ",", "-", "&", "'", "’", " ", "\n", "_", "\u{1D400}", "\uD800", "Σ", "İ", "(", "\u00a0"];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length;
    for (let n = 0; n < 400; n++) samples.push(Array.from({ length: 2 + (n % 13) }, () => alphabet[next()]).join(''));
    // Runs of ASCII (the tokenizer's fast path) broken by the cases where it must stop or hand over.
    const pieces = ['word', 'Word', 'W.', 'U.S.', 'x9', '42', '1,000', '3.5', "'s", '’S', '-', '&', ' ', 'é', 'É', '\u{1D400}', '\uD800', '_', 'Σ'];
    for (let n = 0; n < 600; n++) samples.push(Array.from({ length: 1 + (n % 9) }, () => pieces[next() % pieces.length]).join(''));
    for (const s of samples) expect(tokenize(s)).toEqual(byExpression(s));
  });
});
