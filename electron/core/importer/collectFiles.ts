// Expands what the analyst chose (files and folders) into the list of files to import. Folders are read
// recursively for the formats the import reads; hidden files and folders are skipped, and symbolic links
// to folders are not followed (no loops). Files named explicitly are kept whatever their type, so the
// report can say why one was refused.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf } from './prepareArticle';

export function collectFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // Missing or unreadable: kept, so the import reports it.
    }
    if (isDir) walk(path, add);
    else add(path);
  }
  return out;
}

function walk(dir: string, add: (file: string) => void): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    add(dir); // reported as unreadable
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) walk(path, add);
    else if ((stat.isFile() || stat.isSymbolicLink()) && formatOf(name) !== null) add(path);
  }
}
