// Words for a proposal's kind and for how its actor was found, shared by the window and the exports.
import type { Proposal, ProposalKind } from '../core/analysis/types';

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
