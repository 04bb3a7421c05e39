// Statements carried by cues the verb rules missed: labels ("known as"), verbs of stance with their
// particle, and evidence that shows something. Each on sentences written here.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { expectSpansConsistent } from './helpers';

const indirect = (t: string) => {
  const a = analyzeArticle(t, null);
  expectSpansConsistent(t, a);
  return a.quotes.filter((q) => q.kind === 'indirect');
};
const byCue = (t: string, cue: string) => indirect(t).find((q) => q.cue?.text === cue);

describe('labels: known as, seen as', () => {
  it('takes the phrase a reduced "known as" hangs on, with its label', () => {
    const q = byCue('The fund, known as the Harbour Trust, paid for the new pier.', 'known');
    expect(q?.text).toBe('The fund, known as the Harbour Trust');
    expect(q?.speaker).toBeNull();
  });
  it('takes the subject of "is widely seen as"', () => {
    const q = byCue('The mayor is widely seen as the favourite in the spring election.', 'seen');
    expect(q?.text).toBe('The mayor is widely seen as the favourite in the spring election');
  });
  it('names the one who sees with "seen by X as"', () => {
    const q = byCue('The levy, seen by farmers as a threat to their income, passed on Monday.', 'seen');
    expect(q?.text).toBe('The levy, seen by farmers as a threat to their income');
  });
  it('leaves "known" without a label alone', () => {
    expect(byCue('The results were known by noon on Friday.', 'known')).toBeUndefined();
  });
});

describe('a known verb whose subject is past reading', () => {
  it('reports what follows a verb of stance after a subject it cannot read, with no speaker', () => {
    const q = byCue('Several hundred of the striking nurses in the capital demanded higher pay for night shifts.', 'demanded');
    expect(q?.text).toBe('higher pay for night shifts');
    expect(q?.speaker).toBeNull();
  });
  it('reads a clause past adjuncts, but nothing after adjuncts alone', () => {
    expect(byCue('All three of the council members in the room that night argued Tuesday the budget was unlawful.', 'argued')?.text).toBe('the budget was unlawful');
    expect(byCue('Hundreds of them, at least, said in interviews as late as May.', 'said')).toBeUndefined();
  });
  it('leaves a thing that only looks like a subject alone', () => {
    expect(byCue('The old fences opposed the wind for a decade.', 'opposed')).toBeUndefined();
  });
});

describe('a noun of saying or belief with no owner', () => {
  it('reports the clause of "the notion that …" as no one\'s', () => {
    const q = byCue('Few in the valley accept the notion that the mill will reopen next year.', 'notion');
    expect(q?.text).toBe('that the mill will reopen next year');
    expect(q?.speaker).toBeNull();
  });
  it('leaves an act with no owner alone ("the decision to …")', () => {
    expect(byCue('The decision to close the mill came on a Friday.', 'decision')).toBeUndefined();
  });
});

describe('a participle of stance after its comma', () => {
  it('reports what the participle holds, for the sentence subject', () => {
    const q = byCue('Mayor Lena Fisk spoke for an hour in Dover, praising the volunteers who rebuilt the old quay.', 'praising');
    expect(q?.text).toBe('the volunteers who rebuilt the old quay');
    expect(q?.speaker?.name).toBe('Lena Fisk');
  });
});

describe('verbs of stance the table lacked', () => {
  it('reads "deemed", "envisioned" and "mention" as verbs of stance', () => {
    expect(byCue('Councillor Ada Brook deemed the harbour plan unworkable.', 'deemed')?.text).toBe('the harbour plan unworkable');
    expect(byCue('Ada Brook envisioned a harbour open to small boats.', 'envisioned')?.text).toBe('a harbour open to small boats');
    expect(byCue('The two leaders did not mention the disputed islands.', 'mention')?.text).toBe('the disputed islands');
  });
});

describe('verbs of attitude whose subject is past reading', () => {
  it('reports what they want or favour, but not an aside ("as you know, …")', () => {
    expect(byCue('Half of those who work the eastern docks want a new crane by spring.', 'want')?.text).toBe('a new crane by spring');
    expect(byCue('As you know, the docks will close for a week.', 'know')).toBeUndefined();
  });
});

describe('a verb of stance with words before its preposition', () => {
  it('reads "spoke warmly of", "voted twice for" and "voted in favor of"', () => {
    expect(byCue('Senator Ruth Gale spoke warmly of the harbour plan before the vote.', 'spoke')?.text).toBe('the harbour plan');
    expect(byCue('Senator Ruth Gale voted twice for the harbour levy.', 'voted')?.text).toBe('the harbour levy');
    expect(byCue('Senator Ruth Gale voted in favor of the harbour levy.', 'voted')?.text).toBe('the harbour levy');
  });
});
