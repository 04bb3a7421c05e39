// Verbs and adjectives of stance with the preposition that opens what they report ("talked about",
// "voted against", "critical of"): word -> the prepositions it takes.
export const PREP_CUES = new Map<string, Set<string>>();
const PREP_TABLE: Record<string, string> = {
  about: `talk talks talked talking spoke speak speaks speaking wrote write writes writing worried worry worries concerned
    angry complained complain complains joked joke jokes warned warn asked ask asks cautioned thinks think thought
    boasted boasts bragged brags fretted frets mused muses griped gripes groaned lied lies testified testifies reminisced`,
  for: `vote voted votes voting advocate advocated advocates advocating pushing pushed push pushes campaigned campaigning argued argue argues apologized apologizes
    pressed presses pressing lobbied lobbies lobbying fought fights fighting clamored clamoring`,
  against: `vote voted votes voting argued argue argues warned warns warn campaigned campaigning spoke speaks rallied railed
    protested protests protesting testified testifies lobbied lobbying cautioned cautions`,
  on: `focus focused focuses focusing commented comment comments weighed relied relying counting counted insisted insists
    touched touches touching elaborated elaborates reflected reflects reflecting opined opines expounded`,
  to: `responded respond responds responding referring referred refers refer objected object objects pointed pointing points
    alluded alludes alluding reacted reacts reacting replied replies`,
  of: `critical supportive proud wary skeptical sceptical fond enamored dismissive contemptuous
    spoke speaks speaking warned warns warning boasted complained complains approve approves approved disapprove disapproves disapproved`,
  with: 'agreed agree agrees disagreed disagree disagrees sided',
  in: 'interested confident believe believes believed',
  out: 'pointed pointing points laid lays spoke speaks lashed lashes',
  at: 'jabbed poked swiped lashed',
};
for (const [prep, words] of Object.entries(PREP_TABLE)) {
  for (const w of words.trim().split(/\s+/)) {
    const set = PREP_CUES.get(w) ?? new Set<string>();
    set.add(prep);
    PREP_CUES.set(w, set);
  }
}
