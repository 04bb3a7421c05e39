// "It also accused another reporter of …", "it lists steps taken to …": "it" standing for an
// organisation (a campaign, a paper, a government) speaks and holds views as its name would.
import { agentive, evidence } from '../speakers/agents';
import { resolvePhrase, type Resolver } from '../speakers/coref';

/** Whether the subject can say, hold or show something: a person or group, a source of evidence, or "it" for an organisation. */
export function holdsView(r: Resolver, subj: [number, number]): boolean {
  return agentive(r, subj) || evidence(r, subj) || organisationIt(r, subj);
}

/** A lone "it" that resolves to an organisation named before it. */
function organisationIt(r: Resolver, subj: [number, number]): boolean {
  const t = r.tokens[subj[0]]!;
  if (subj[1] - subj[0] !== 1 || t.lower !== 'it') return false;
  return resolvePhrase(r, subj[0], subj[1])?.name !== t.text;
}
