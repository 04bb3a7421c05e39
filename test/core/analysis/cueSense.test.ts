import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const indirect = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect');
const cues = (t: string) => indirect(t).map((q) => q.cue?.text.toLowerCase());

describe('cue words in a sense that reports nothing', () => {
  it('reads a verb of stance after a possessive or a determiner as a noun', () => {
    expect(cues("Governor Lena Park's support fell by six points after the televised debate.")).not.toContain('support');
    expect(cues('The mayor thanked Ivan Dorn, who gave the council his support during the long budget fight.')).not.toContain('support');
    // The verb is still read: "Lena Park strongly supports …".
    const q = indirect('Lena Park strongly supports a ban on plastic bags in the city.');
    expect(q.map((x) => x.cue?.text)).toContain('supports');
  });
  it('reads "considering" after its comma as "given", and keeps the verb after an auxiliary', () => {
    expect(cues("Lena Park said the new law would help the regions, considering each district's budget.")).not.toContain('considering');
    expect(cues('Lena Park is considering a run for the Senate next year.')).toContain('considering');
  });

  it('reads "show" after a noun of broadcasting or a possessive as the programme, and "pledged delegates" as their adjective', () => {
    expect(cues('Mr. Dorn hosts a Sunday talk show and writes a weekly column for the Herald.')).not.toContain('show');
    expect(cues("Lena Park's show was cancelled after a two-year run on the cable channel.")).not.toContain('show');
    expect(cues('Nina Ortiz leads the count of pledged delegates after the contests in four states.')).not.toContain('pledged');
    // The verb is still read: "the footage shows that …".
    expect(cues('Footage from the game shows that several fans ran onto the field after the whistle.')).toContain('shows');
  });

  it('reads adding a thing to another, "add up", and a participle after a determiner ("an added …", "an estimated …") as no report', () => {
    expect(cues('The new rule adds another hurdle to the long path of every small farm.')).not.toContain('adds');
    expect(cues('Ivan Dorn said the figures in the budget simply do not add up for the towns.')).not.toContain('add');
    expect(cues('As an added bonus, the mayor will open the new pool before the summer.')).not.toContain('added');
    expect(cues('The county feeds an estimated two thousand families in the valley every winter.')).not.toContain('estimated');
    // The verb of saying is still read: "…, he added that …".
    expect(cues('Ivan Dorn said the plan was sound, and he added that the towns would pay nothing to the state.')).toContain('added');
  });

  it('reads a verb of stance after a count as a noun when a preposition follows it', () => {
    expect(cues('Nina Ortiz drew 38 percent support among women in the latest county poll.')).not.toContain('support');
  });
  it('keeps the owner of a noun of stance as the speaker of what it is for', () => {
    const [q] = indirect("Lena Park's support for the harbour tax surprised her own party.");
    expect(q!.cue?.text).toBe('support');
    expect(q!.text.startsWith('the harbour tax')).toBe(true);
  });
  it('does not read a verb whose particle takes it out of saying', () => {
    expect(cues('Senator Ruth Okafor won the primary in Ohio, adding to her lead in the delegate count.')).not.toContain('adding');
    expect(cues('Mayor Tom Reyes showed up at the rally late on Friday with his two daughters.')).not.toContain('showed');
    expect(cues('The two firms called off the merger after regulators raised objections.')).not.toContain('called');
    expect(cues('Senator Ruth Okafor appeared on a morning news show with her husband.')).not.toContain('appeared');
    // "adding that …" still reports.
    const q = indirect('Senator Ruth Okafor won the primary in Ohio, adding that she would campaign in every county.');
    expect(q.map((x) => x.cue?.text)).toContain('adding');
  });
  it('reads no statement in a bid, an attempt rather than something said', () => {
    expect(cues('Governor Lena Park ended her bid for the nomination on Monday morning.')).not.toContain('bid');
  });
  it('takes no byline credit for a speaker turn', () => {
    const t = 'The council voted on Monday.\n\nContributing: Anna Lee and Tom Reyes in Springfield.';
    expect(cues(t)).not.toContain(':');
  });
});
