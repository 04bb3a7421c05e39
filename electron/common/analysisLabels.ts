// Words for a proposal's kind and for how an actor or a speaker was found, shared by the window and the exports.
import type { Proposal, ProposalKind, Quote } from '../core/analysis/types';

export const PROPOSAL_KIND_LABEL: Record<ProposalKind, string> = {
  call: 'call',
  proposal: 'proposal',
  commitment: 'commitment',
  plan: 'plan',
  decision: 'decision',
};

const ACTOR_RULE_LABEL: Record<string, string> = {
  subject: 'the subject of the cue',
  'both-sides': 'both sides of the meeting',
  owner: 'whose proposal the text says it is',
  speaker: 'who says it',
  voice: 'the speaker of this statement',
  previous: 'the actor of the proposal before',
  list: 'who introduces the list',
};

/** "commitment · agreed to", or "" for a proposal stored before proposals had kinds. */
export function proposalKindLine(p: Proposal): string {
  const kind = p.kind ? PROPOSAL_KIND_LABEL[p.kind] : '';
  return [kind, p.cue?.text.replace(/\s+/g, ' ')].filter(Boolean).join(' · ');
}

/** How the actor was found, for the card's tooltip: "Actor: who says it (rule: obligation)". */
export function actorHow(p: Proposal): string {
  const how = p.actorRule ? ACTOR_RULE_LABEL[p.actorRule] : undefined;
  const parts = [how ? `Actor: ${how}` : null, p.rule ? `found by the rule “${p.rule}”` : null].filter(Boolean);
  return parts.join('; ');
}

const SPEAKER_RULE_LABEL: Record<string, string> = {
  'transcript-label': 'the label of a transcript',
  'cue-after-comma': 'the attribution after the quotation',
  'cue-introducing': 'the words introducing the quotation',
  'cue-after': 'the attribution after the quotation',
  'cue-before-in-sentence': 'the verb of saying before it in the sentence',
  'cue-before-earlier-quote': 'the verb of saying before an earlier quotation of the sentence',
  'cue-later-in-sentence': 'the verb of saying later in the sentence',
  'closing-attribution': 'the attribution closing the sentence',
  'colon-paragraph-before': 'the paragraph before, ending in a colon',
  'colon-subject': 'the subject before the colon',
  'sentence-subject': 'the subject of the sentence',
  'cue-closing-sentence': 'the sentence before, ending on its verb of saying',
  'signature-below': 'the signature below it',
  'previous-speaker': 'the speaker of the quotation before',
  'next-speaker': 'the speaker of the quotation after',
  narrative: 'the person the narration follows',
  'article-speaker': 'the person the title names as speaking',
  'reported-cue': 'the verb of saying and its subject',
};

/** How the speaker of a quote was found, for the card: "Speaker: the attribution after the quotation". */
export function speakerHow(q: Quote): string {
  const how = q.speakerRule ? SPEAKER_RULE_LABEL[q.speakerRule] ?? q.speakerRule : undefined;
  return how ? `Speaker: ${how}` : '';
}
