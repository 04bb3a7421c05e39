import { describe, expect, it } from 'vitest';
import { fallbackTitle, parseArticle } from '../../../electron/core/importer/articleHeader';

describe('parseArticle', () => {
  it('takes a leading date line, even one that starts with a space and runs into the body', () => {
    const raw = ' date 2024-06-03 Head of State said so.\n\nMore.';
    const parsed = parseArticle(raw);
    expect(parsed.date).toBe('2024-06-03');
    expect(parsed.text).toBe('Head of State said so.\n\nMore.');
    expect(raw.includes(parsed.text)).toBe(true);
  });

  it('ignores a date that does not exist', () => {
    expect(parseArticle('date 2024-02-31 Body text.').date).toBeNull();
  });

  it('takes a headline followed by a blank line as the title', () => {
    const parsed = parseArticle('Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76%.');
    expect(parsed.title).toBe('Ad sales boost Time Warner profit');
    expect(parsed.text).toBe('Quarterly profits jumped 76%.');
  });

  it('keeps a first paragraph that is a long sentence as body, not title', () => {
    const long = 'word '.repeat(40).trim();
    expect(parseArticle(`${long}.\n\nSecond paragraph.`).title).toBeNull();
  });

  it('makes a readable fallback title from the first sentence', () => {
    expect(fallbackTitle('Talks resumed on Monday. More followed.')).toBe('Talks resumed on Monday');
    expect(fallbackTitle(`${'a '.repeat(100)}end.`).length).toBeLessThanOrEqual(90);
  });
});
