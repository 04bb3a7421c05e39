// The gates of findReportedSpeech (a rule called only where its first test can pass: a colon near
// the sentence's start, a title-cased sentence, "asked" or "in" among its first words, a relative
// pronoun before the cue, a cue word's class bits, the first letter of otherSense's words) must give
// what the rules gave when every sentence and cue went through them. The expected statements were
// produced by the analysis before the gates (8d57e16) on these texts, which sit on the gates' edges.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';

const statements = (t: string) => analyzeArticle(t, null).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.cue?.text ?? null, q.speaker?.name ?? null]);

// [text, its statements as [text, cue, speaker]]
const CASES: [string, (string | null)[][]][] = [
  ["Voters Who said the plan would fail were wrong, officials said.", [["Voters Who said the plan would fail were wrong","said","officials"]]],
  ["The mayor, WHO said the tax would pass, resigned. Critics who oppose it said the vote was rigged.", [["the tax would pass","said","mayor"],["it said the vote was rigged","oppose","Critics"],["the vote was rigged","said",null]]],
  ["\"The people who backed him,\" she said, \"are gone.\" The senator who argued the plan failed left.", [["the plan failed left","argued","senator"]]],
  ["According to the mayor, the bridge will close. The bridge will close, ACCORDING TO officials. The plan, according to aides who spoke with reporters, was dead.", [["the bridge will close","According to","mayor"],["The bridge will close","ACCORDING TO","officials"]]],
  ["Trump Says He Never Pledged To Kill Families Of The Rebels\n\nThe rest of the story said little.", [["He Never Pledged To Kill Families Of The Rebels","Says","Trump"]]],
  ["‘ISIS Truther’ Donald Trump Is Like A Lawyer’s Dumbest Client, Trevor Noah Says\n\nThe show aired.", [["‘ISIS Truther’ Donald Trump Is Like A Lawyer’s Dumbest Client","Says","Trevor Noah"]]],
  ["Graham: Trump's Rhetoric Destroying GOP's Chance\n\nPoll: Trump Ties Clinton In Ohio\n\nSecretary of State of the Union Of Them: Voters Back The Deal", [["Trump's Rhetoric Destroying GOP's Chance",":","Graham"],["Trump Ties Clinton In Ohio",":","Poll"]]],
  ["Asked if he was ever bullied, the candidate said no. When asked about her own vote, Smith said she backed the bill. After Asked by reporters whether it mattered, he laughed.", [["Asked if he was ever bullied, the candidate said no. When asked about her own vote","backed","Smith"],["if he was ever bullied","Asked",null],["no","said","candidate"],["her own vote","asked",null],["she backed the bill","said","Smith"],["whether it mattered","Asked",null]]],
  ["In a Washington Post-ABC News poll released Sunday, 75 percent of Republicans said they backed him. But in a new poll, he leads. And, in the latest survey, voters were split. Still in the polls, conducted March 11-13, 40 percent agreed.", [["75 percent of Republicans said they backed him","In","Washington Post-ABC News"],["they backed him","said","75 percent of Republicans"],["he leads","in","new poll"],["voters were split","in","latest survey"],["Still in the polls, conducted March 11-13","agreed","40 percent"],["40 percent agreed","in","polls"]]],
  ["The group is reportedly spending millions. Washington appears weak. The sale is expected to expand the firm. He is widely seen as the favourite.", [["The group is reportedly spending millions","reportedly",null],["Washington appears weak","appears",null],["The sale is expected to expand the firm","expected",null],["He is widely seen as the favourite","seen",null]]],
  ["He expressed concern about the cuts. She is confident that the bill will pass. The governor made it clear that he would veto it. She has long worried about the deficit.", [["the cuts","expressed concern about","He"],["that the bill will pass","confident","She"],["that he would veto it","clear","governor"],["the deficit","worried","She"]]],
  ["He added to the pile. She showed up late. Late-night talk shows lambasted him. The pledged delegates voted. The estimated 11 million people waited. Considering the cost, it was fine. He said, considering the cost, that it was fine.", [["that it was fine","said","He"]]],
  ["The president she hopes to succeed said nothing. What officials called a hate crime shocked the town, which many Democrats doubt will recover.", [["to succeed said nothing","hopes","she"],["What officials called a hate crime shocked the town","called","officials"]]],
  ["“It was a welcome step,” she said on Monday that she would go. “We will win,” Trump told a rally in Ohio.", [["that she would go","said","she"]]],
  ["THE MAYOR SAID THE PLAN WOULD FAIL. The Plan Would Fail, The Mayor Said On Monday In A Long Statement About Taxes.", [["THE PLAN WOULD FAIL","SAID","MAYOR"],["On Monday In A Long Statement About Taxes","Said","Mayor"]]],
  ["He said that. They argued about it: the vote, that is, was rigged. Who said that the vote was rigged? That, he said, was the point.", [["about it: the vote, that is, was rigged","argued","They"],["that the vote was rigged","said",null],["That, he said, was the point","said","he"]]],
  ["Smith, who is backing Sanders, said he would vote. Those who oppose the measure say it is costly. The firm, which opposed the law, lost.", [["Sanders","backing","Smith"],["he would vote","said","Smith"],["the measure say it is costly","oppose",null],["it is costly","say",null]]],
  ["The 1990s were good, said Smith. In 2016 Polls Show Clinton Ahead By 3 Points Among Voters", [["The 1990s were good","said","Smith"]]],
];

describe('the gates of the reported-speech rules', () => {
  it.each(CASES)('keeps the statements of %j', (text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});
