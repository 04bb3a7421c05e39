// Deeply nested Markdown (issue 16): a 10 KB note of 5,000 nested ">" or "-" overflowed marked's stack
// and failed the note's preview and every export holding it. Nesting is bounded before rendering; the
// note renders, its text is kept, and the export succeeds.
import { describe, expect, it } from 'vitest';
import { boundMarkdownNesting, MAX_MARKDOWN_NESTING } from '../../../electron/core/notes/markdownNesting';
import { renderMarkdown } from '../../../electron/core/notes/renderMarkdown';
import { exportBriefings } from '../../../electron/core/print/exportBriefings';
import { SEED_FILE, tempLibrary } from '../../helpers/temp';

const DEEP: Record<string, string> = {
  'quotes with spaces': `${'> '.repeat(5000)}deep text`,
  'quotes without spaces': `${'>'.repeat(5000)}deep text`,
  'bullets': `${'- '.repeat(5000)}deep text`,
  'numbers': `${'1. '.repeat(3000)}deep text`,
  'indented list (10 KB)': Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- deep text ${i}`).join('\n'),
};
const noPrinter = () => Promise.reject(new Error('no PDF here'));

describe('deeply nested Markdown in a note', () => {
  for (const [shape, note] of Object.entries(DEEP)) {
    it(`renders, keeping its text: ${shape}`, () => {
      const html = renderMarkdown(note);
      expect(html).toContain('deep text');
      expect(html).not.toContain('could not be rendered');
      // No deeper than the bound.
      expect(html.split('<blockquote>').length - 1).toBeLessThanOrEqual(MAX_MARKDOWN_NESTING);
    });
  }

  it('leaves ordinary notes as they are', () => {
    const notes = ['# Title\n\n> quoted\n> > nested once\n\n- a\n  - b\n    - c\n\n1. one\n2. two\n\n---\n\n- - -', 'a -> b, 3 - 2 = 1'];
    for (const n of notes) expect(boundMarkdownNesting(n)).toBe(n);
  });

  it('an HTML and a Markdown export holding such notes succeed', async () => {
    const { library } = tempLibrary();
    library.importFiles([SEED_FILE]);
    for (const note of Object.values(DEEP)) library.notes.create(1, note);
    const html = (await exportBriefings(library, [1], 'html', noPrinter)) as string;
    expect(html.match(/deep text/g)?.length).toBeGreaterThanOrEqual(5);
    expect(await exportBriefings(library, [1], 'md', noPrinter)).toContain('deep text');
  });
});
