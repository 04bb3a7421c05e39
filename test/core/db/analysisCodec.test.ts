// The packed analysis: read back identical to what was packed, smaller than its JSON, and the search
// index rows keep a passage's text only where the body between its offsets would not give it back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { analysisIndex, packAnalysis, unpackAnalysis } from '../../../electron/core/db/analysisCodec';
import { parseArticle } from '../../../electron/core/importer/articleHeader';
import { SEED_DIR } from '../../helpers/temp';

describe('analysisCodec', () => {
  it('reads back every seed analysis exactly, at under a third of its JSON', () => {
    for (const file of readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt'))) {
      const { text, title } = parseArticle(readFileSync(join(SEED_DIR, file), 'utf8'));
      const analysis = analyzeArticle(text, title);
      const { packed, version } = packAnalysis(analysis, text);
      expect(version).toBe(analysis.version);
      expect(unpackAnalysis(packed, text)).toStrictEqual(analysis);
      expect(packed.length).toBeLessThan(JSON.stringify(analysis).length / 3);
    }
  });

  it('keeps texts that are not the body between their offsets, and any after a character outside the BMP', () => {
    const body = 'He said: "Go now." Then 😀 she said "Stay here."';
    const at = (s: string) => ({ text: s, start: body.indexOf(s), end: body.indexOf(s) + s.length });
    const analysis = {
      version: 3,
      summary: [at('He said')],
      quotes: [
        { kind: 'direct' as const, ...at('Go now.'), speaker: { name: 'He', mention: at('He') }, cue: null },
        { kind: 'direct' as const, text: 'Go, now', start: at('Go now.').start, end: at('Go now.').end, speaker: null, cue: null },
        { kind: 'direct' as const, ...at('Stay here.'), speaker: { name: 'She', mention: at('she') }, cue: at('said') },
      ],
      proposals: [],
      entities: [{ name: 'He', type: 'person' as const, aliases: [], mentions: [{ start: 0, end: 2 }] }, { name: 'He', type: 'person' as const, aliases: [], mentions: [] }],
    };
    expect(unpackAnalysis(packAnalysis(analysis, body).packed, body)).toStrictEqual(analysis);
    const index = analysisIndex(analysis, body);
    expect(index.passages.map((p) => [p.kind, p.ord, p.speaker, p.text])).toEqual([
      ['quote', 0, 'He', null],
      ['quote', 1, null, 'Go, now'],
      ['quote', 2, 'She', 'Stay here.'],
    ]);
    expect(index.entities).toEqual([{ name: 'He', type: 'person', mentions: 1 }]);
    expect(() => unpackAnalysis(Uint8Array.of(9, 1, 2), body)).toThrow(/unknown format/);
  });
});
