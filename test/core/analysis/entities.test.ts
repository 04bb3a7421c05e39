import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { foldAcronymlessNames } from '../../../electron/core/analysis/entities/organisationAliases';

const ents = (t: string) => analyzeArticle(t, null).entities;

describe('entities', () => {
  it('makes one entity of an acronym and its full name, and of a name in capitals and as written', () => {
    const t = 'BRUSSELS — The European Union and the United Nations agreed to expand aid. The EU will provide funds and the U.N. will send staff, UN officials said. Brussels will host talks.';
    const e = ents(t);
    expect(e.find((x) => x.name === 'European Union')?.aliases).toContain('EU');
    expect(e.find((x) => x.name === 'United Nations')?.mentions).toHaveLength(3);
    expect(e.find((x) => x.name === 'Brussels')?.mentions).toHaveLength(2);
    expect(e.map((x) => x.name)).not.toContain('EU');
  });

  it('merges no acronym that two full names could spell', () => {
    const t = 'The Central Bank and the Commerce Board met. The CB said nothing.';
    expect(ents(t).find((x) => x.name === 'Central Bank')?.aliases ?? []).not.toContain('CB');
  });

  it('merges a full name and surname, and types by title', () => {
    const t = 'President Jonas Ekberg arrived in Oslo. Ekberg met bankers.';
    const e = ents(t).find((x) => x.name === 'Jonas Ekberg');
    expect(e?.type).toBe('person');
    expect(e?.mentions).toHaveLength(2);
    expect(e?.aliases).toContain('Ekberg');
    expect(ents(t).find((x) => x.name === 'Oslo')?.type).toBe('place');
  });
  it('takes no lone weekday or month for a name, so it never speaks', () => {
    const t = 'The town released a statement Wednesday saying the comments “are based on opinion, not facts,” and welcomed him in March.';
    expect(ents(t).map((e) => e.name)).not.toContain('Wednesday');
    expect(ents(t).map((e) => e.name)).not.toContain('March');
    const q = analyzeArticle(t, null).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker?.mention.text).toBe('The town');
  });
  it('takes an acronym in parentheses as an alias of the organisation', () => {
    const t = 'Members of the Collective Security Treaty Organization (CSTO) met. The CSTO agreed.';
    const e = ents(t).find((x) => x.name === 'Collective Security Treaty Organization');
    expect(e?.type).toBe('organization');
    expect(e?.aliases).toContain('CSTO');
    expect(e?.mentions).toHaveLength(3);
  });
  it('does not take sentence-opening words or titles as names', () => {
    const names = ents('Noting the delay, the Minister of Finance left. However, Acme Holdings Ltd said nothing.').map((e) => e.name);
    expect(names).not.toContain('Noting');
    expect(names).not.toContain('However');
    expect(names).toContain('Acme Holdings Ltd');
  });
  it('types unknown names by the words around them', () => {
    const t = 'Fighting went on near Tavildara on Friday. Rebels held the town of Qarabolo and the Zorvex board met. Kelmora, Chile was calm.';
    const type = (n: string) => ents(t).find((x) => x.name === n)?.type;
    expect(type('Tavildara')).toBe('place');
    expect(type('Qarabolo')).toBe('place');
    expect(type('Kelmora')).toBe('place');
    const u = 'The Zorvex board met on Monday. Analysts said 20 percent of Zorvex was for sale.';
    expect(ents(u).find((x) => x.name === 'Zorvex')?.type).toBe('organization');
  });
  it('reads a capitals dateline as a place', () => {
    const t = 'TEAM WINS TITLE.\nKORVAGRAD 1996-08-30\nThe team won the title on Friday.';
    expect(ents(t).find((x) => x.name === 'KORVAGRAD')?.type).toBe('place');
  });
  it('splits names joined by "and" or a person\'s "of", keeps surname particles and closing title words', () => {
    const names = ents('Zenon Poznyak and Sergei Naumchik met Tono Eitel of Germany. Joost van der Westhuizen and Billie Jean King spoke.').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Zenon Poznyak', 'Sergei Naumchik', 'Tono Eitel', 'Germany', 'Joost van der Westhuizen', 'Billie Jean King']));
    expect(ents('The striker scored twice. De Wilde said the goal was his best.').map((e) => e.name)).toContain('De Wilde');
  });
  it('drops unknown words seen only opening sentences, and contractions', () => {
    const names = ents("Attendance was low on Sunday. I'm sure, said the coach. Scorers were few.").map((e) => e.name);
    expect(names).not.toContain('Attendance');
    expect(names).not.toContain("I'm");
    expect(names).not.toContain('Scorers');
  });
  it('lets the text\'s full name of a person win over a lexicon place for the surname', () => {
    const t = 'MaliVai Washington reached the final. Washington won in five sets.';
    const e = ents(t).find((x) => x.name === 'MaliVai Washington');
    expect(e?.type).toBe('person');
    expect(e?.mentions).toHaveLength(2);
  });
  it('keeps a title word that is the surname of a person named in full, and countries in capitals headlines', () => {
    const e = ents('Billie Jean King led the team. King said the win mattered.').find((x) => x.name === 'Billie Jean King');
    expect(e?.mentions).toHaveLength(2);
    expect(ents('The king waved. King penguins swim.').map((x) => x.name)).not.toContain('King');
    const caps = ents('SOCCER - GERMANY BEAT SCOTLAND IN FRIENDLY.\nThe match was played on Friday.');
    expect(caps.find((x) => x.name === 'GERMANY')?.type).toBe('place');
    expect(caps.find((x) => x.name === 'SCOTLAND')?.type).toBe('place');
  });
  it('takes two unknown capitalised words led by a common word as an organisation, not a person', () => {
    const t = 'Passengers flew home on Air Zelan after the strike. Officials at Air Zelan said flights resume.';
    expect(ents(t).find((x) => x.name === 'Air Zelan')?.type).toBe('organization');
    expect(ents('The visit of Zoltan Kerekes lasted a day.').find((x) => x.name === 'Zoltan Kerekes')?.type).toBe('person');
  });
  it('takes an organisation named again without the acronym inside its name, or by its head word alone, for the same body', () => {
    const t =
      'Delegates met at a Council of the Regional Assembly of the Northern Shipping Union (NSU) session. ' +
      'The Council of the NSU Regional Assembly will meet again in May. Members said the Council would publish its findings.';
    const council = ents(t).filter((x) => x.name.includes('Council'));
    expect(council.map((x) => x.name)).toEqual(['Council of the NSU Regional Assembly']);
    expect(council[0]?.type).toBe('organization');
    expect(council[0]?.aliases).toEqual(expect.arrayContaining(['Council of the Regional Assembly', 'Council']));
    expect(council[0]?.mentions).toHaveLength(3);
  });
  it('keeps apart bodies a country code or a nested name tells apart, and gives their quotes to the right one', () => {
    const t = "Kazakhstan's Supreme Court upheld the verdict, citing a ruling of the US Supreme Court. \u201cThe sentence stands,\u201d the Supreme Court said.";
    expect(ents(t).filter((x) => x.name.includes('Supreme Court')).map((x) => x.name).sort()).toEqual(['Supreme Court', 'US Supreme Court']);
    const q = analyzeArticle(t, null).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker?.name).toBe('Supreme Court');
    // "Council of … Assembly" is a council: a lone "Assembly" is not it, nor is "Union" the court of one.
    const u = 'Delegates met at the Council of the Regional Assembly of the Northern Shipping Union (NSU). The Council of the NSU Regional Assembly will meet in May. The Assembly said little.';
    expect(ents(u).map((x) => x.name)).toContain('Assembly');
    expect(ents('The Court of Justice of the European Union ruled. Britain will leave the Union.').map((x) => x.name)).toContain('Union');
  });
  it('leaves a lone head word apart when the text names two bodies with it', () => {
    const t = 'The Security Council of Veldra met the Council of Europe delegation. The Council said little.';
    const names = ents(t).map((x) => x.name);
    expect(names).toContain('Council');
    // ... and a name whose words two longer names hold, each with its own acronym, stays apart too.
    const org = (name: string) => ({ name, votes: { person: 0, organization: 1, place: 0 }, aliases: [] as string[], mentions: [{ start: 0, end: 1 }] });
    const at = (name: string, start: number, end: number) => ({ ...org(name), mentions: [{ start, end }] });
    const twice = { ...org('Council of the Upper Chamber'), mentions: [{ start: 0, end: 22 }, { start: 60, end: 82 }] };
    const drafts = [twice, at('ABC', 30, 33), at('XYZ', 90, 93), org('Council of the ABC Upper Chamber'), org('Council of the XYZ Upper Chamber')];
    foldAcronymlessNames(drafts, new Map(drafts.map((d, i) => [d.name, i])));
    expect(drafts.map((d) => d.mentions.length)).toEqual([2, 1, 1, 1, 1]);
    // … and an acronym that names no organisation of the text is no owner (nor is one never said after the shorter name).
    const abc = at('ABC', 30, 33);
    const one = [at('Council of the Upper Chamber', 0, 22), org('Council of the ABC Upper Chamber')];
    const byName = new Map(one.map((d, i) => [d.name, i]));
    foldAcronymlessNames(one, byName);
    expect(one.map((d) => d.mentions.length)).toEqual([1, 1]);
    one.push(at('ABC', 60, 63));
    byName.set('ABC', 2);
    foldAcronymlessNames(one, byName);
    expect(one.map((d) => d.mentions.length)).toEqual([1, 1, 1]);
    one[2] = abc;
    foldAcronymlessNames(one, byName);
    expect(one.map((d) => d.mentions.length)).toEqual([0, 2, 1]);
    expect(byName.get('Council of the Upper Chamber')).toBe(1);
  });
});
