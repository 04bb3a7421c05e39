import type { Migration } from './index';

// PLACEHOLDER on branch s18-lib only: migration 011 belongs to another branch of the same session. When the
// branches are merged, this file and its line in index.ts are replaced by that branch's real 011, so that
// 012 (this branch's) runs after it. It changes nothing.
export const m011Reserved: Migration = {
  name: '011_reserved',
  up() {},
};
