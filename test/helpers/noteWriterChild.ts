// Child process for the kill test: saves a note over and over, announcing each save once it returns.
import { openLibrary } from '../../electron/core/library';

const [dbPath] = process.argv.slice(2);
const library = openLibrary(dbPath!);
if (library.articles.count() === 0) throw new Error('the test imports an article first');
const note = library.notes.create(1, 'save 0');
for (let i = 1; ; i++) {
  library.notes.update(note.id, `save ${i}`);
  process.stdout.write(`saved ${i}\n`);
  if (i > 100_000) break;
}
