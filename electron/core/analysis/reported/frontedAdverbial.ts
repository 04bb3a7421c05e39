// A sentence opened by an adverbial ("Since the merger, the firm has pushed for …", "As the crowd
// cheered, she denounced …", "With the margin so thin, Sanders requested …") has its comma after the
// adverbial, not after a clause: read backward from a later cue ("CLAUSE, X said"), the words before
// that comma would be taken for what X said. An adverbial opens with a preposition or a subordinator
// and has no comma of its own; a reported clause opens with its subject ("The plan failed, he said").
// "Whether …" opens a subject clause ("Whether it works will be seen, said Smith"), not an adverbial.
import type { Token } from '../text/tokens';

const OPENER = new Set(`as since with without despite after before when while if although though because until
regarding to for in on at during amid unlike from by under through following once given upon last then still`.split(/\s+/));
// Words that may stand before the opener ("But even after …", "Just after …").
const LEAD = new Set(['but', 'and', 'yet', 'just', 'even', 'only', 'now', 'so']);

/** Whether tokens [from, to) are an opening adverbial: an opener (after a leading "But", "Just" …) and no comma. */
export function frontedAdverbial(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && LEAD.has(tokens[k]!.lower)) k++;
  if (k >= to || !OPENER.has(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < to; j++) if (tokens[j]!.text === ',') return false;
  return true;
}
