#!/usr/bin/env node
// Runs the built command line (npm install builds it through the "prepare" script).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const built = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(built)) {
  process.stderr.write('briefing: not built yet; run `npm run build` in the project folder\n');
  process.exit(2);
}
require(built).run(process.argv.slice(2));
