// The shapes of text the hostile-text benchmark (hostile.mjs) and the analysis's adversarial test
// analyse: real text, and each shape that once made the analysis super-linear (issue 16).
// Each builder repeats a unit until the text holds `bytes` characters.

const fill = (unit, bytes, sep = '') => {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const s = typeof unit === 'function' ? unit(i) : unit;
    parts.push(s);
    n += s.length + sep.length;
  }
  return parts.join(sep).slice(0, bytes);
};

/** `real` is built from the article texts given (the seeds): repeated, paragraphs kept. */
export function shapes(realTexts) {
  const real = realTexts.join('\n\n');
  return {
    real: (bytes) => fill(real, bytes, '\n\n'),
    // No full stop: each quotation's search for its sentence's start used to run back to the paragraph's.
    'many short quotes in one paragraph': (bytes) => fill((i) => `“Yes${i % 10}” and `, bytes),
    'many short paragraphs without quotes': (bytes) => fill((i) => `The talks went on ${i % 7}.`, bytes, '\n\n'),
    'one huge sentence': (bytes) => fill((i) => `the minister and the envoy of ${i % 2 ? 'Kazakhstan' : 'the Union'} met `, bytes),
    'only punctuation': (bytes) => fill('.,;:!?-()“”"\'«»…—', bytes),
    'unbalanced quotes': (bytes) => fill((i) => (i % 3 ? `He said “never closed ${i % 5} ` : `and "straight `), bytes),
    // Words chosen to share their slots in the summary's word table, whose hash (FNV-1a) is fixed.
    'words that share their hash table slots': (bytes) => {
      const words = collidingWords(Math.ceil(bytes / 7));
      return fill((i) => `${words[i]}${i % 12 === 11 ? '.' : ''} `, bytes);
    },
  };
}

// As test/helpers/collidingWords.ts: six-letter words whose slot in summary/wordTable.ts has bits 11–17 clear.
function collidingWords(n) {
  const out = [];
  for (let i = 0; out.length < n; i++) {
    let w = '';
    for (let k = 0, m = i; k < 6; k++, m = Math.floor(m / 26)) w += String.fromCharCode(97 + (m % 26));
    let h = 0x811c9dc5 | 0;
    for (let j = 0; j < w.length; j++) h = Math.imul(h ^ w.charCodeAt(j), 0x01000193);
    if (((h ^ (h >>> 15)) & 0x3f800) === 0) out.push(w);
  }
  return out;
}
