import { describe, expect, it } from 'vitest';
import { maySpeakInFirstPerson } from '../../../electron/core/analysis/voice/documentVoice';

// The full test the gate stands before: first person counted in the narration (quotations made one space).
function firstPersonInNarration(text: string): boolean {
  const narration = text.replace(/“[^”]*”|"[^"\n]*"/g, ' ');
  return /(?:^|[.!?]\s+|\n)(?:I|We)\s+(?!said\b)/g.test(narration) || /\b(?:our|us)\b/gi.test(narration);
}

describe('documentVoice first-person gate', () => {
  const texts = [
    'He left. We stay.', 'I“quoted” went on.', 'He said. “A quote” We went.', 'We"x" go', 'Ours is a house.',
    'Tell us“now”', '“our”', 'US troops', 'Bus and house', 'The Iraqi plan.', 'WE ARE', 'I\tam', 'Weather is fine.',
    '“We will,” he said.', 'nothing here', '', 'A.\nWe', 'x.“y”I z', 'the ÜS', 'über us', 'OUR plan', 'We\u00a0go',
  ];
  it('never says no where the full test finds a first person', () => {
    for (const t of texts) if (firstPersonInNarration(t)) expect(maySpeakInFirstPerson(t), t).toBe(true);
  });
  it('never says no on random texts of the letters and marks that matter', () => {
    const parts = ['I', 'We', 'e', 'W', ' ', '\n', '.', '!', '“', '”', '"', 'our', 'us', 'o', 'u', 'r', 's', 'x', 'said', '\t'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % parts.length;
    for (let n = 0; n < 20000; n++) {
      let t = '';
      for (let k = 0; k < 12; k++) t += parts[next()];
      if (firstPersonInNarration(t)) expect(maySpeakInFirstPerson(t), JSON.stringify(t)).toBe(true);
    }
  });
  it('says no for a third-person text', () => {
    expect(maySpeakInFirstPerson('The minister said the plan would go ahead.')).toBe(false);
  });
});
