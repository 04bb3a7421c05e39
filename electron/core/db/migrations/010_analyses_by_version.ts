import type { Migration } from './index';

// Every start asks whether an analysis is older than the running analyser (reanalysis.ts). Without an
// index that question read the whole articles table and its analyses (~200 MB at 100,000 articles) at every
// start, to find nothing almost always; this index answers it from ~1 MB (about 10 bytes an analysis).
export const m010AnalysesByVersion: Migration = {
  name: '010_analyses_by_version',
  up(db) {
    db.exec('CREATE INDEX analyses_by_version ON analyses (version)');
  },
};
