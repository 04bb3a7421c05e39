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
  };
}
