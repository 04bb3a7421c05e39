// Sizes of the typed buffers reported speech reuses from article to article (a few bytes per token).
// A buffer is grown when an article needs more, and let go again when it was grown for a huge article
// and the one at hand needs far less, so one text of millions of words does not keep its buffers alive.

/** Entries a buffer may keep beyond what the article at hand needs. */
const KEEP = 1 << 16;

/** Whether a buffer of `length` entries must be made anew for an article that needs `needed`. */
export const refit = (length: number, needed: number): boolean => length < needed || (length > KEEP && length > 4 * needed);

/** The size of a buffer made anew for `needed` entries: room to grow into. */
export const bufferSize = (needed: number): number => Math.max(1024, needed * 2);
