// Small articles quoting the same people on different dates, for the entity page's tests: written into the
// test's temporary folder and imported for real (with the seed article, which quotes Tokayev too).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Library } from '../../electron/core/library';
import { SEED_FILE } from './temp';

export const ENTITY_ARTICLES = {
  bridge: `date 2024-03-05
Bridge over the Ishim

ASTANA, March 5 (Kazinform) – President Kassym-Jomart Tokayev met the regional governors on Tuesday.

"We will build a new bridge across the Ishim river before winter," Tokayev said.

Tokayev proposed to open a logistics centre in Almaty.
`,
  grain: `date 2024-09-12
Grain harvest talks

ASTANA, September 12 (Kazinform) – President Kassym-Jomart Tokayev spoke to farmers in Kostanay.

"The grain harvest this year is the best in a decade," Tokayev said.

"Farmers deserve cheaper credit and new storage," Tokayev added.
`,
  water: `date 2025-01-20
Water talks in Tashkent

TASHKENT, January 20 (Kazinform) – Ministers of five countries discussed water management in Central Asia.

"Water is the most precious resource of the region," said Foreign Minister Murat Nurtleu.

Negotiations on the Syr Darya will continue in autumn.
`,
};

export function importEntityArticles(library: Library, dir: string): Record<keyof typeof ENTITY_ARTICLES | 'seed', number> {
  const ids = {} as Record<keyof typeof ENTITY_ARTICLES | 'seed', number>;
  const seed = library.importFiles([SEED_FILE]).outcomes[0]!;
  if (seed.status !== 'imported') throw new Error(`the seed was not imported: ${JSON.stringify(seed)}`);
  ids.seed = seed.articleId;
  for (const [name, text] of Object.entries(ENTITY_ARTICLES)) {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, text);
    const outcome = library.importFiles([file]).outcomes[0]!;
    if (outcome.status !== 'imported') throw new Error(`article ${name} was not imported: ${JSON.stringify(outcome)}`);
    ids[name as keyof typeof ENTITY_ARTICLES] = outcome.articleId;
  }
  return ids;
}
