// Small articles for search tests, written into a test's temporary folder and imported for real.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Library } from '../../../electron/core/library';

export const ARTICLES = {
  bridge: `date 2024-03-05
Bridge over the Ishim

ASTANA, March 5 (Kazinform) – President Kassym-Jomart Tokayev met the regional governors on Tuesday.

"We will build a new bridge across the Ishim river before winter," Tokayev said.

The governors proposed to open a logistics centre in Almaty. Water management in Central Asia was also discussed.
`,
  water: `date 2024-06-10
Water talks in Tashkent

TASHKENT, June 10 (Kazinform) – Ministers of five countries discussed water management in Central Asia.

"Water is the most precious resource of the region," said Foreign Minister Murat Nurtleu.

Negotiations on the Syr Darya will continue in autumn.
`,
  trade: `date 2023-11-20
Grain exports grow

Grain exports from the northern regions grew by a fifth this year, the ministry said on Monday.

"Our farmers negotiated new contracts with buyers in China," Agriculture Minister Aidarbek Saparov said.
`,
};

export function importFixtures(library: Library, dir: string): Record<keyof typeof ARTICLES, number> {
  const ids = {} as Record<keyof typeof ARTICLES, number>;
  for (const [name, text] of Object.entries(ARTICLES)) {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, text);
    const outcome = library.importFiles([file]).outcomes[0]!;
    if (outcome.status !== 'imported') throw new Error(`fixture ${name} was not imported: ${JSON.stringify(outcome)}`);
    ids[name as keyof typeof ARTICLES] = outcome.articleId;
  }
  return ids;
}
