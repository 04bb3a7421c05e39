// White space as JavaScript's /\s/ reads it, by character code: the stages test it per character in
// their hot loops, where a regular expression per character cost more than the rest of the loop.
// test/core/analysis/whiteSpace.test.ts holds it to /\s/ over every UTF-16 unit.

/** Whether the UTF-16 unit c is white space or a line terminator, as /\s/ reads it. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the UTF-16 unit at i of text is white space (false past its end). */
export const isSpaceAt = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));
