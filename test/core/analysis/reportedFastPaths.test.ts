// The character-code tests of reported speech and subjects must answer as the expressions they
// replaced on every input, not only on the eval texts: compared here on tricky words.
import { describe, expect, it } from 'vitest';
import { contractedAux, isSubjectPronoun } from '../../../electron/core/analysis/speakers/subjects';
import { endsInNegation } from '../../../electron/core/analysis/reported/relativeObject';
import { isRelativeWord } from '../../../electron/core/analysis/reported/statementSpan';
import { tokenize } from '../../../electron/core/analysis/text/tokens';

const WORDS = ['', 'i', 'I', 'he', 'He', 'we', 'she', 'they', 'them', 'hes', 'who', 'whom', 'which', 'that', 'thats', 'what',
  "'s", '’s', "'S", '’S', 's', "''s", 'ʼs', '‘s', 'ſ', "'ſ", 'it', 'there', "didn't", 'won’t', "n't", 'nt', "'t", 'don‘t',
  "can't", 'cant', 'dint', "isn'T", 'x', 'whoo', 'whicH', 'thatt'];

describe('reported speech fast paths', () => {
  it('word tests equal their old expressions', () => {
    for (const w of WORDS) {
      expect(isSubjectPronoun(w), w).toBe(/^(he|she|they|we|i)$/.test(w));
      expect(endsInNegation(w), w).toBe(/n['’]t$/.test(w));
      expect(isRelativeWord(w), w).toBe(/^(who|which|whom|that)$/.test(w));
    }
  });
  it("contractedAux equals its old expressions", () => {
    const old = (text: string | undefined, before: string | undefined) => /^['’]s$/i.test(text ?? '') && /^(he|she|it|that|there|who|what)$/.test(before ?? '');
    for (const before of ['he', 'she', 'it', 'that', 'there', 'who', 'what', 'He', 'him', 'the', 'whose']) {
      for (const s of ["'s", '’s', "'S", '’S', "''", 's', "'ſ", 'ʼs', '’st']) {
        const tokens = [...tokenize(before), { start: 0, end: s.length, text: s, lower: s.toLowerCase(), word: false, cap: false }];
        const k = tokens.length - 1;
        expect(contractedAux(tokens, k), `${before} ${s}`).toBe(old(tokens[k]!.text, tokens[k - 1]!.lower));
        expect(contractedAux(tokens, 0)).toBe(old(tokens[0]!.text, undefined));
        expect(contractedAux(tokens, tokens.length)).toBe(false);
      }
    }
  });
});
