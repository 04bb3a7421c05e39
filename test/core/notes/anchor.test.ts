import { describe, expect, it } from 'vitest';
import { anchorForQuote, makeAnchor, resolveAnchor } from '../../../electron/core/notes/anchor';

const TEXT = 'The minister said talks would resume. Later the minister said talks would resume in May.';

describe('note anchors', () => {
  it('stay exact while the text is unchanged', () => {
    const a = makeAnchor(TEXT, 4, 12);
    expect(resolveAnchor(TEXT, a)).toMatchObject({ start: 4, end: 12, status: 'exact', quote: 'minister' });
  });

  it('are found again when the text moved, choosing the copy whose context matches', () => {
    const second = TEXT.lastIndexOf('talks would resume');
    const a = makeAnchor(TEXT, second, second + 'talks would resume'.length);
    const moved = `BREAKING: ${TEXT}`;
    const r = resolveAnchor(moved, a);
    expect(r.status).toBe('moved');
    expect(r.start).toBe(second + 'BREAKING: '.length);
    expect(moved.slice(r.start, r.end)).toBe('talks would resume');
  });

  it('survive changed white space and line endings', () => {
    const a = anchorForQuote(TEXT, 'talks would resume in May')!;
    const wrapped = TEXT.replace('would resume in', 'would\r\nresume  in');
    const r = resolveAnchor(wrapped, a);
    expect(r.status).toBe('moved');
    expect(wrapped.slice(r.start, r.end)).toBe('talks would\r\nresume  in May');
  });

  it('are reported lost, never dropped, when the passage is gone', () => {
    const a = anchorForQuote(TEXT, 'in May')!;
    const r = resolveAnchor('Something else entirely.', a);
    expect(r).toMatchObject({ status: 'lost', quote: 'in May' });
  });

  it('refuse positions outside the text', () => {
    expect(() => makeAnchor(TEXT, 10, 10_000)).toThrow(RangeError);
    expect(anchorForQuote(TEXT, 'not in the text')).toBeNull();
  });
});
