// A long interview transcript, built deterministically (no randomness), like the 245 KB transcript of
// issue 14: turns by several named speakers, quoted statements with a speech verb and proposals, so the
// analysis gives about two thousand cards. Used by test/renderer/longDocument.test.ts and by
// `npm run bench -- open`.

const SPEAKERS = [
  ['Foreign Minister', 'Karl Weber'],
  ['Trade Minister', 'Eva Szabo'],
  ['Ambassador', 'Daniel Roth'],
  ['Deputy Prime Minister', 'Aigerim Bekova'],
  ['Energy Minister', 'Marco Bianchi'],
  ['Spokeswoman', 'Lena Novak'],
] as const;

const TOPICS = ['the river basin', 'the border crossing', 'grain exports', 'the gas pipeline', 'visa rules', 'the rail corridor', 'customs checks', 'the water treaty', 'fishing quotas', 'power lines', 'the port of Constanta', 'transit fees'];
const STATEMENTS = [
  'We will not accept any delay on {t}, and our partners know it',
  'Our engineers are ready to start work on {t} next spring',
  'Nobody in this room wants a dispute over {t}',
  'The figures on {t} speak for themselves',
  'We have asked for a clear timetable for {t}',
  'There is no agreement yet on {t}, but there is goodwill',
];
// Narrative between the turns (no quotes, no proposals), so the cards are as dense as in a real transcript.
const NARRATIVE = [
  'The hall was full of delegates from both capitals, and the interpreters worked in three languages through the afternoon session.',
  'Officials handed out maps of the region and tables of trade figures for the last five years to the journalists present.',
  'Several reporters from regional newspapers had travelled overnight by train to attend the meeting in the old palace.',
  'The session ran longer than planned, and the lunch break was shortened by half an hour at the request of the hosts.',
];
const PROPOSALS = [
  '{n} proposed a joint commission to oversee {t}.',
  '{n} called on the European Commission to fund a study of {t}.',
  '{n} said the government will sign a new protocol on {t} by June.',
];

/** The marker word near the end of the transcript, for find-in-article tests. */
export const LONG_TRANSCRIPT_LAST_WORD = 'zephyrine';

/** About `targetBytes` of transcript (default 245 KB), always the same text for the same size. */
export function longTranscript(targetBytes = 245 * 1024): string {
  const parts = ['date 2025-05-20', 'Transcript: ministers on the water and trade talks', '', 'VIENNA — What follows is the record of the joint press conference and the interviews given after it.', ''];
  let size = parts.join('\n').length;
  for (let turn = 0; size < targetBytes - 400; turn++) {
    const [role, name] = SPEAKERS[turn % SPEAKERS.length]!;
    const topic = TOPICS[(turn * 7) % TOPICS.length]!;
    const said = STATEMENTS[(turn * 5) % STATEMENTS.length]!.replace('{t}', topic);
    const para =
      turn % 4 === 3
        ? PROPOSALS[turn % PROPOSALS.length]!.replace('{n}', `${role} ${name}`).replace('{t}', topic)
        : `Q: What is the position on ${topic}?\n\nA: "${said}," ${role} ${name} said in turn ${turn + 1}.`;
    const aside = NARRATIVE[turn % NARRATIVE.length]! + ` ${NARRATIVE[(turn + 1) % NARRATIVE.length]!}`;
    parts.push(para, '', aside, '');
    size += para.length + aside.length + 4;
  }
  parts.push(`"That is the last word on the matter, and it is ${LONG_TRANSCRIPT_LAST_WORD}," Foreign Minister Karl Weber said as the session closed.`, '');
  return parts.join('\n');
}
