// `briefing`: the command line, on the same modules and database code as the app's main process.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseFailure, DatabaseError } from '../core/db/errors';
import { decodeText } from '../core/importer/decodeText';
import { ImportError } from '../core/importer/importError';
import { readLimited } from '../core/importer/readLimited';
import { openLibrary, type Library } from '../core/library';
import { defaultDatabasePath } from '../core/paths';
import { anchorForQuote } from '../core/notes/anchor';
import { exportBriefings, ExportError } from '../core/print/exportBriefings';
import { EXPORT_INTRO_MAX, EXPORT_TITLE_MAX, type ExportOptions } from '../common/exportOptions';
import { ExportWriteError, writeExportFile } from '../core/print/writeExportFile';
import { SearchError } from '../core/search/searchError';
import { analysisRecord } from './analyzeRecord';
import { withChromiumPrinter } from './chromiumPdf';
import { formatBriefing, formatImportReport } from './format';
import { formatEntityPage, formatSearchResults } from './formatSearch';
import { progressPrinter } from './progressPrinter';
import { oneLine, terminalSafe } from './terminalText';

const USAGE = `usage: briefing <command> [options]
  import FILE|DIR...                  import articles (.txt, .md, .html, .pdf, .docx; folders recursively)
  list [--json]                       the library, newest first
  show ID|--latest [--json]           a briefing with its notes
  note ID --text TEXT [--anchor "quoted text"]   add a note, optionally on a passage
  export ID... --pdf OUT.pdf | --md OUT.md | --html OUT.html [--page-size A4|Letter]
         [--notes-first] [--compact] [--title TITLE] [--intro FILE.md]
                                      several IDs make one briefing pack; --notes-first puts
                                      the analyst's notes right after the summary; --compact
                                      (one article) leaves out the cover and contents; --title
                                      and --intro (a pack) are printed on its cover
  export --search QUERY --pdf OUT.pdf     the articles a search finds, as one pack
  analyze --jsonl FILE...             analyse files without importing (one JSON line a file)
  search QUERY [--speaker NAME] [--from DATE] [--to DATE] [--source NAME] [--entity NAME]
         [--has-notes] [--limit N] [--json]
                                      full-text search: words, "exact phrases", prefix*, OR, -word
  entity NAME [--json]                what a person or organisation said and proposed, and where
                                      they are mentioned, newest first
options: --db FILE (default: the app's own database)`;

/** An expected failure: its message is printed without a stack trace. */
class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      latest: { type: 'boolean', default: false },
      text: { type: 'string' },
      pdf: { type: 'string' },
      md: { type: 'string' },
      html: { type: 'string' },
      anchor: { type: 'string' },
      'page-size': { type: 'string' },
      'notes-first': { type: 'boolean', default: false },
      compact: { type: 'boolean', default: false },
      title: { type: 'string' },
      intro: { type: 'string' },
      speaker: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      source: { type: 'string' },
      entity: { type: 'string' },
      'has-notes': { type: 'boolean', default: false },
      search: { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === 'analyze') return analyze(args);

  const dbPath = values.db ?? defaultDatabasePath();
  mkdirSync(dirname(dbPath), { recursive: true });
  // An empty file is made a new library (SQLite reads it as an empty database): said, not done silently.
  if (fileSizeOrNull(dbPath) === 0) process.stderr.write(`briefing: ${dbPath} is an empty file: it is made a new library\n`);
  const library = openLibrary(dbPath);
  try {
    switch (command) {
      case 'import': {
        if (!args.length) throw new CliError('import needs at least one FILE or folder', 2);
        // Ctrl+C cancels: what was stored stays, and the report says how many files were not started.
        const cancel = new AbortController();
        const onInterrupt = () => cancel.abort();
        process.once('SIGINT', onInterrupt);
        const progress = progressPrinter(process.stderr);
        try {
          const report = await library.importPaths(args, { signal: cancel.signal, onProgress: progress.update, progressIntervalMs: progress.intervalMs });
          progress.end();
          process.stdout.write(formatImportReport(report));
          if (report.stoppedBy) process.stderr.write(`briefing: the import stopped: ${report.stoppedBy.message}; ${report.notStarted} file(s) not imported\n`);
          else if (report.cancelled) process.stdout.write(`cancelled: ${report.notStarted} file(s) not started\n`);
          return report.refused > 0 || report.cancelled ? 1 : 0;
        } finally {
          process.off('SIGINT', onInterrupt);
        }
      }
      case 'list': {
        const items = library.articles.list();
        if (values.json) process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
        else for (const a of items) process.stdout.write(`${String(a.id).padStart(4)}  ${a.date ?? 'undated   '}  ${oneLine(a.title)}${a.source ? `  (${oneLine(a.source)})` : ''}\n`);
        return 0;
      }
      case 'show': {
        const briefing = library.briefing(resolveId(library, args[0], values.latest));
        if (!briefing) throw new CliError('no such article');
        process.stdout.write(values.json ? `${JSON.stringify(briefing, null, 2)}\n` : formatBriefing(briefing));
        return 0;
      }
      case 'note': {
        const id = resolveId(library, args[0], values.latest);
        if (values.text === undefined || values.text.trim() === '') throw new CliError('note needs --text TEXT', 2);
        const article = library.articles.get(id);
        if (!article) throw new CliError(`no article with id ${id}`);
        let anchor = null;
        if (values.anchor !== undefined) {
          anchor = anchorForQuote(article.body, values.anchor);
          if (!anchor) throw new CliError(`the passage "${values.anchor}" is not in article ${id}`);
        }
        const note = library.notes.create(id, values.text, anchor);
        process.stdout.write(`note ${note.id} added to article ${id}${anchor ? ` on "${oneLine(anchor.quote)}"` : ''}\n`);
        return 0;
      }
      case 'export': {
        let ids = values.latest ? [resolveId(library, undefined, true)] : args.map((a) => resolveId(library, a, false));
        if (values.search !== undefined) {
          // A search result as a pack: the articles it finds, best first.
          let found;
          try {
            found = library.search({ query: values.search, limit: 500 });
          } catch (err) {
            throw err instanceof SearchError ? new CliError(err.message, 2) : err;
          }
          ids = [...ids, ...found.groups.map((g) => g.article.id).filter((id) => !ids.includes(id))];
          if (!ids.length) throw new CliError(`no article matches "${values.search}"`);
        }
        if (!ids.length) throw new CliError('export needs article IDs, --latest or --search QUERY', 2);
        const targets = (['pdf', 'md', 'html'] as const).flatMap((format) => (values[format] ? [{ format, path: values[format]! }] : []));
        if (!targets.length) throw new CliError('export needs --pdf OUT.pdf, --md OUT.md or --html OUT.html', 2);
        const pageSize = values['page-size'];
        if (pageSize !== undefined && pageSize !== 'A4' && pageSize !== 'Letter') throw new CliError('--page-size is A4 or Letter', 2);
        const options = exportOptionsFrom(values, ids.length);
        if (pageSize) library.settings.update({ pageSize });
        for (const { format, path } of targets) {
          const started = Date.now();
          const output = await exportBriefings(library, ids, format, withChromiumPrinter, new Date(), options).catch((err: unknown) => {
            throw err instanceof ExportError ? new CliError(err.message) : err;
          });
          writeExportFile(path, output);
          process.stdout.write(`wrote ${oneLine(path)} (${typeof output === 'string' ? output.length : output.byteLength} bytes, ${ids.length} article${ids.length > 1 ? 's' : ''}, ${Date.now() - started} ms)\n`);
        }
        return 0;
      }
      case 'search': {
        if (!args.length) throw new CliError('search needs a QUERY', 2);
        if (values.limit !== undefined && !(/^[1-9]\d{0,2}$/.test(values.limit) && Number(values.limit) <= 500)) throw new CliError('--limit is a whole number from 1 to 500', 2);
        let results;
        try {
          results = library.search({
            query: args.join(' '),
            ...(values.speaker !== undefined ? { speaker: values.speaker } : {}),
            ...(values.from !== undefined ? { from: values.from } : {}),
            ...(values.to !== undefined ? { to: values.to } : {}),
            ...(values.source !== undefined ? { source: values.source } : {}),
            ...(values.entity !== undefined ? { entity: values.entity } : {}),
            ...(values['has-notes'] ? { hasNotes: true } : {}),
            ...(values.limit !== undefined ? { limit: Number(values.limit) } : {}),
          });
        } catch (err) {
          if (err instanceof SearchError) throw new CliError(err.message, 2);
          throw err;
        }
        process.stdout.write(values.json ? `${JSON.stringify(results, null, 2)}\n` : formatSearchResults(results));
        return 0;
      }
      case 'entity': {
        if (!args.length) throw new CliError('entity needs a NAME', 2);
        const page = library.search.entity(args.join(' '));
        if (!page.articles.length && !page.quotes.length && !page.proposals.length) throw new CliError(`no article mentions "${oneLine(page.name)}"`);
        process.stdout.write(values.json ? `${JSON.stringify(page, null, 2)}\n` : formatEntityPage(page));
        return 0;
      }
      default:
        throw new CliError(`unknown command "${command}"\n${USAGE}`, 2);
    }
  } finally {
    library.close();
  }
}

function resolveId(library: Library, arg: string | undefined, latest: boolean): number {
  if (latest) {
    const id = library.articles.latestId();
    if (id === null) throw new CliError('the library is empty');
    return id;
  }
  if (!arg || !/^\d+$/.test(arg)) throw new CliError('give an article ID (a number) or --latest', 2);
  return Number(arg);
}

function analyze(files: string[]): number {
  if (!files.length) throw new CliError('analyze needs at least one FILE', 2);
  let failed = 0;
  for (const file of files) {
    try {
      // The import's own reader: its size limit, and only regular files (a FIFO or /dev/zero is refused).
      const { text } = decodeText(readLimited(file).bytes);
      process.stdout.write(`${JSON.stringify(analysisRecord(file, text))}\n`);
    } catch (err) {
      failed++;
      const reason = err instanceof ImportError ? err.message : (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      process.stderr.write(`briefing: ${oneLine(file)}: ${oneLine(reason)}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** The export options given on the command line; an option that does not fit the export is refused. */
function exportOptionsFrom(values: { 'notes-first': boolean; compact: boolean; title?: string | undefined; intro?: string | undefined }, articles: number): Partial<ExportOptions> {
  if (values.compact && articles > 1) throw new CliError('--compact is for one article (a pack keeps its cover and contents)', 2);
  if ((values.title !== undefined || values.intro !== undefined) && articles < 2) throw new CliError('--title and --intro are for a pack of several articles', 2);
  if (values.title !== undefined && (!values.title.trim() || values.title.length > EXPORT_TITLE_MAX)) throw new CliError(`--title is 1 to ${EXPORT_TITLE_MAX} characters`, 2);
  let intro: string | undefined;
  if (values.intro !== undefined) {
    try {
      intro = decodeText(readLimited(values.intro).bytes).text;
    } catch (err) {
      throw new CliError(`--intro ${oneLine(values.intro)}: ${err instanceof ImportError ? err.message : ((err as NodeJS.ErrnoException).code ?? (err as Error).message)}`, 2);
    }
    if (intro.length > EXPORT_INTRO_MAX) throw new CliError(`--intro: the introduction is longer than ${EXPORT_INTRO_MAX} characters`, 2);
  }
  return { notesFirst: values['notes-first'], compact: values.compact, ...(values.title !== undefined ? { title: values.title } : {}), ...(intro !== undefined ? { intro } : {}) };
}

function fileSizeOrNull(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

export function run(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const failure = databaseFailure(err);
      if (err instanceof CliError || err instanceof DatabaseError || err instanceof ExportWriteError || /^ERR_PARSE_ARGS_/.test((err as { code?: string }).code ?? '')) {
        process.stderr.write(`briefing: ${terminalSafe((err as Error).message)}\n`);
        process.exitCode = err instanceof CliError ? err.exitCode : err instanceof ExportWriteError ? 1 : 2;
      } else if (failure !== null) {
        // The library refused a write (a full disk, a read-only file): expected, said plainly.
        process.stderr.write(`briefing: ${failure}\n`);
        process.exitCode = 1;
      } else {
        process.stderr.write(`briefing: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
        process.exitCode = 70;
      }
    },
  );
}
