import { describe, expect, it } from 'vitest';
import { isSpaceAt, isSpaceCode } from '../../../electron/core/analysis/text/whiteSpace';

describe('white space by character code', () => {
  it('agrees with /\\s/ on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
  it('reads nothing past the text as white space', () => {
    expect(isSpaceAt('a ', 1)).toBe(true);
    expect(isSpaceAt('a ', 2)).toBe(false);
    expect(isSpaceAt('', 0)).toBe(false);
  });
});
