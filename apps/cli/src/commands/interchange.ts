import type { Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { checkParties, parseChoice, parseDate, parsePairArgs, parseParty } from '../options.js';
import { note, printJson, printLine } from '../output.js';
import { examples, optionsOf } from './common.js';

/*
 * `bilat import FORMAT FILE`, `bilat import undo BATCH`, `bilat import batches` and
 * `bilat export FORMAT`. The readers and writers live in @bilat/interchange and load
 * only when one of these runs.
 */

const IMPORT_FORMATS = ['bundle', 'comtrade', 'gdelt', 'popolo', 'wikidata', 'hsg'] as const;
const EXPORT_FORMATS = ['bundle', 'csv', 'ics', 'popolo', 'jsonld', 'md'] as const;
const ENCODINGS = ['utf-8', 'latin1', 'cp1252'] as const;

interface ImportFlags {
  dryRun?: boolean;
  force?: boolean;
  encoding?: string;
  post?: string;
  country?: string;
  progress?: boolean;
  texts?: boolean;
}

interface Problem {
  file?: string;
  line?: number;
  recordId?: string;
  field?: string;
  message: string;
}

/** `file.csv:14: reporterISO: unknown country code "XXX"`, as compilers say where. */
export function formatProblem(file: string, problem: Problem): string {
  // A problem in one of a folder's files names that file (hsg); otherwise the file imported.
  const named = problem.file ?? file;
  const where = problem.line !== undefined ? `${named}:${problem.line}` : named;
  const what = [problem.recordId, problem.field].filter(Boolean).join(' ');
  return `${where}: ${what ? `${what}: ` : ''}${problem.message}`;
}

const READ_ERRORS = new Set(['EncodingError', 'LineTooLongError', 'CsvSyntaxError', 'JsonSyntaxError']);

/** A refused import as the user sees it: the file and every problem's line and field (exit 2). */
function asInputError(error: unknown, file: string): unknown {
  const e = error as { name?: string; message?: string; problems?: Problem[]; line?: number };
  if (e?.name === 'ImportProblemsError' && e.problems) {
    const shown = e.problems.slice(0, 50).map((problem) => `  ${formatProblem(file, problem)}`);
    const more = e.problems.length > 50 ? [`  …and ${e.problems.length - 50} more (bilat import --dry-run --json lists them all)`] : [];
    return new InputError(
      [`${file}: nothing was imported (${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}); the database is unchanged`, ...shown, ...more].join('\n'),
      e.problems.map((problem) => ({ file, ...problem })),
    );
  }
  if (e?.name && READ_ERRORS.has(e.name)) {
    return new InputError(`${file}:${e.message?.replace(/^line (\d+): /, '$1: ')}\n(nothing was imported; the database is unchanged)`, [{ file, line: e.line, message: e.message }]);
  }
  return error;
}

function progressMode(flag: boolean | undefined): 'bar' | 'lines' | 'off' {
  if (flag === false) return 'off';
  if (process.stderr.isTTY) return 'bar';
  return flag ? 'lines' : 'off';
}

interface Report {
  batchId: string | null;
  dryRun: boolean;
  total: { created: number; updated: number; restored: number; unchanged: number };
  rows: number;
  problems: Problem[];
  format: string;
  file: string;
  stats: Record<string, number>;
  skipped: Record<string, number>;
}

function printReport(report: Report, location: string): void {
  const { created, updated, restored, unchanged } = report.total;
  const counts = `${created} created, ${updated} updated, ${restored} restored, ${unchanged} unchanged`;
  const read = report.stats.rows !== undefined ? `${report.stats.rows.toLocaleString('en-US')} rows read, ` : '';
  if (report.dryRun) {
    printLine(`Dry run of ${report.format} ${report.file}: nothing was written.`);
    printLine(`  ${read}${report.rows.toLocaleString('en-US')} records: would be ${counts}`);
  } else if (report.batchId) {
    printLine(`Imported ${report.format} ${report.file} into ${location}`);
    printLine(`  ${read}${report.rows.toLocaleString('en-US')} records: ${counts}`);
  } else {
    printLine(`${report.file} is already imported: nothing changed (${read}${unchanged} records unchanged)`);
  }
  if (report.format === 'hsg') {
    // What the folder held, counted as read: trips, visits, chiefs of mission, timeline entries…
    const read = Object.entries(report.stats).map(([what, n]) => `${n.toLocaleString('en-US')} ${what}`);
    if (read.length) printLine(`  read: ${read.join(', ')}`);
  }
  const skipped = Object.entries(report.skipped);
  if (skipped.length) {
    printLine(`  not stored: ${skipped.reduce((sum, [, n]) => sum + n, 0).toLocaleString('en-US')} rows`);
    for (const [reason, n] of skipped.sort((a, b) => b[1] - a[1])) printLine(`    ${String(n).padStart(7)}  ${reason}`);
  }
  if (updated > 0 && !report.dryRun) printLine(`  ${updated} record(s) changed: each earlier version is kept in the revision log (bilat changes)`);
  if (report.problems.length) {
    printLine(`  ${report.problems.length} problem(s); a real import would be refused:`);
    for (const problem of report.problems) printLine(`    ${formatProblem(report.file, problem)}`);
  }
  if (report.batchId) printLine(`  batch ${report.batchId} (undo with: bilat import undo ${report.batchId})`);
}

/** The heap an import's worker may use: enough for a chunk of records, not for a whole file. */
const IMPORT_HEAP_MB = 128;

/** An error sent back from the worker, with its name and fields (problems, line) as they were. */
function revive(data: { name?: string; message: string; [key: string]: unknown }): Error {
  return Object.assign(new Error(data.message), data);
}

async function runLocalImport(format: string, path: string, flags: ImportFlags & { json?: boolean; db?: string; databaseUrl?: string }) {
  const { stat } = await import('node:fs/promises');
  const size = await stat(path).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    },
  );
  const { Worker } = await import('node:worker_threads');
  const { startProgress } = await import('../progress.js');
  const { basename } = await import('node:path');
  const shared = new SharedArrayBuffer(3 * Float64Array.BYTES_PER_ELEMENT);
  const numbers = new Float64Array(shared);
  // A folder's size is what its files add up to; the worker says so once it has looked (hsg).
  numbers[2] = format === 'hsg' ? 0 : size;
  const meter = {
    get bytes() {
      return numbers[0]!;
    },
    get lines() {
      return numbers[1]!;
    },
    get totalBytes() {
      return numbers[2] || undefined;
    },
  };
  const progress = startProgress(meter, { mode: progressMode(flags.progress), label: `${format} ${basename(path)}` });
  // A YAML bundle is read whole (to check every consistency rule): it may need more than the streaming formats.
  const whole = format === 'bundle' && size <= 64 * 1024 * 1024;
  // The Office's data keeps every person and place it has read in memory, to match names (a few tens of MB).
  const heap = format === 'hsg' ? IMPORT_HEAP_MB * 2 : IMPORT_HEAP_MB;
  const worker = new Worker(new URL('./import-worker.js', import.meta.url), {
    workerData: { format, path, flags: { ...flags, progress: undefined }, meter: shared },
    ...(whole ? {} : { resourceLimits: { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 16 } }),
  });
  try {
    const message = await new Promise<{ ok: true; result: { report: Report; location: string; proposed?: number } } | { ok: false; error: { name?: string; message: string } }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new Error(`the import needed more than ${heap} MB of memory and stopped; nothing was imported`));
        else reject(error);
      });
      worker.once('exit', (code) => reject(new Error(`the import stopped unexpectedly (exit code ${code}); nothing was imported`)));
    });
    if (!message.ok) throw asInputError(revive(message.error), basename(path));
    return message.result;
  } finally {
    progress.stop();
    await worker.terminate();
  }
}

export function registerImportCommand(program: Command): void {
  const command = program
    .command('import')
    .description('import a file: bundle (our YAML/JSON/NDJSON), comtrade (UN Comtrade JSON or CSV), gdelt (GDELT 1.0/2.0 events), popolo (Popolo JSON), wikidata (position-held CSV), hsg (a folder of the Office of the Historian\'s travels/, visits/, pocom/, rdcr/ XML, or a tar of it); `import undo BATCH` and `import batches` too')
    .argument('<format>', `${IMPORT_FORMATS.join(', ')} — or "undo" or "batches"`)
    .argument('[file]', 'the file to import (hsg: the folder, or a .tar/.tar.gz of it; for "undo": the batch id)')
    .option('--dry-run', 'read and check everything, list every problem, write nothing')
    .option('--encoding <name>', `the file's encoding: ${ENCODINGS.join(', ')} (default utf-8, with or without a BOM)`)
    .option('--post <id|title>', 'wikidata: the post the rows held (an existing post id, or the title of a new post)')
    .option('--country <code>', 'popolo, wikidata: the country the file is about, when it does not say')
    .option('--no-texts', 'hsg: facts and addresses only: keep no remark as source text and draft nothing from the remarks')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .option('--no-progress', 'no progress bar')
    .option('--force', 'undo: undo even if records of the batch were changed since (those changes are undone too; the revision log keeps them)')
    .option('--json', 'print the result as JSON');
  examples(command, [
    'bilat import comtrade kz-lt-2023.csv',
    'bilat import gdelt 20191024143000.export.CSV --dry-run',
    'bilat import wikidata foreign-ministers_wikidata.csv --post kz-minister-of-foreign-affairs',
    'bilat import popolo ep-popolo-v1.0.json --country EE',
    'bilat import bundle exported.ndjson',
    'bilat import hsg ../shared/data/hsg            # travels/, visits/, pocom/ and rdcr/ as cloned from HistoryAtState',
    'bilat import hsg hsg.tar.gz --dry-run',
    'bilat import batches',
    'bilat import undo import-20261128t101500-abc123',
    'bilat import undo import-20261128t101500-abc123 --force   # even though records of it were edited since',
  ]).action(async (format: string, file: string | undefined, _options: unknown, cmd: Command) => {
    const options = optionsOf<ImportFlags>(cmd);
    if (format === 'undo') return undo(file, options);
    if (format === 'batches') return batches(options);
    const chosen = parseChoice('FORMAT', format, IMPORT_FORMATS);
    if (!file) throw new UsageError(`bilat import ${chosen} needs the FILE to import`);
    if (options.encoding !== undefined) parseChoice('--encoding', options.encoding.toLowerCase(), ENCODINGS);
    const country = options.country === undefined ? undefined : parseParty('--country', options.country);
    await checkParties({ '--country': country });
    const flags = { ...options, country, encoding: options.encoding?.toLowerCase() };
    const target = options.api ?? (options.db || options.databaseUrl ? undefined : process.env.BILAT_API_URL || undefined);
    const result = target ? await (await import('../data/upload.js')).uploadImport(chosen, file, flags, options) : await runLocalImport(chosen, file, flags);
    const { report, location } = result;
    const proposed = 'proposed' in result ? result.proposed : undefined;
    if (options.json) printJson(report);
    else printReport(report, location);
    if (proposed) note(`${proposed} drafted meeting(s) and agreement(s) wait for review: bilat inbox`);
    // A dry run that found problems says so in its exit code too.
    if (report.dryRun && report.problems.length) process.exitCode = 2;
  });
}

/**
 * Undoes a batch through the API (the local database, or a server with --api). Refused,
 * with the records named, when records of the batch were changed since, unless --force.
 */
async function undo(batch: string | undefined, options: ReturnType<typeof optionsOf<ImportFlags>>) {
  if (!batch) throw new UsageError('bilat import undo needs the BATCH id (bilat import batches lists them)');
  const { withApi } = await import('../data/source.js');
  await withApi(options, async (api) => {
    const summary = await api.batches.undo({ id: batch, force: Boolean(options.force) });
    if (options.json) return printJson(summary);
    printLine(`Undid batch ${summary.batchId}: ${summary.removed} record(s) removed, ${summary.reverted} put back as they were (recorded as batch ${summary.undoBatchId})`);
  });
}

async function batches(options: ReturnType<typeof optionsOf<ImportFlags>>) {
  const { withApi } = await import('../data/source.js');
  await withApi(options, async (api) => {
    const list = await api.batches.list({});
    if (options.json) return printJson({ items: list, nextCursor: null });
    if (!list.length) return note('No import batches yet.');
    const { formatTable } = await import('../table.js');
    printLine(
      formatTable(list, [
        { header: 'batch', value: (b) => b.id },
        { header: 'kind', value: (b) => b.kind },
        { header: 'at', value: (b) => b.at.slice(0, 19).replace('T', ' ') },
        { header: 'what', value: (b) => b.label, flex: true },
        { header: 'changes', value: (b) => Object.entries(b.summary).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ') },
        { header: 'undone', value: (b) => (b.undoneAt ? `by ${b.undoneBy}` : '') },
      ]),
    );
  });
}

interface ExportFlags {
  country?: string;
  partner?: string;
  pair?: string;
  from?: string;
  to?: string;
  status?: string;
  table?: string;
  ndjson?: boolean;
  baseUrl?: string;
  output?: string;
}

export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description('export records: bundle (YAML, or NDJSON), csv (--table trade|meetings|officials|relations), ics (iCalendar), popolo (JSON), jsonld (schema.org), md (a pair\'s briefing)')
    .argument('<format>', EXPORT_FORMATS.join(', '))
    .option('--country <code>', 'records about this country')
    .option('--partner <code>', 'with --country: records between the two')
    .option('--pair <pair>', 'the pair, e.g. KZ-LT (the same as --country KZ --partner LT)')
    .option('--from <date>', 'records overlapping this date or later')
    .option('--to <date>', 'records overlapping this date or earlier')
    .option('--status <status>', 'verified or draft')
    .option('--table <table>', 'csv: trade, meetings, officials or relations')
    .option('--ndjson', 'bundle: one record a line (for large exports) instead of YAML')
    .option('--base-url <url>', 'jsonld: make ids addresses under this site (default urn:bilat:…)')
    .option('-o, --output <file>', 'write to this file instead of stdout');
  examples(command, [
    'bilat export bundle > everything.yaml',
    'bilat export bundle --ndjson --output everything.ndjson',
    'bilat export csv --table trade --country KZ --partner LT',
    'bilat export ics --pair KZ-LT > kz-lt.ics',
    'bilat export popolo --country LT',
    'bilat export jsonld --pair KZ-LT --base-url https://bilat.example.org',
    'bilat export md --pair KZ-LT',
  ]).action(async (format: string, _options: unknown, cmd: Command) => {
    const options = optionsOf<ExportFlags>(cmd);
    const chosen = parseChoice('FORMAT', format, EXPORT_FORMATS);
    let country = options.country === undefined ? undefined : parseParty('--country', options.country);
    let partner = options.partner === undefined ? undefined : parseParty('--partner', options.partner);
    if (options.pair !== undefined) {
      if (country || partner) throw new UsageError('Give either --pair or --country/--partner, not both');
      [country, partner] = parsePairArgs([options.pair]).split('-') as [string, string];
    }
    if (partner && !country) throw new UsageError('--partner needs --country (or give --pair)');
    await checkParties({ '--country': country, '--partner': partner });
    const filter = {
      country,
      partner,
      from: options.from === undefined ? undefined : parseDate('--from', options.from),
      to: options.to === undefined ? undefined : parseDate('--to', options.to),
      status: options.status === undefined ? undefined : parseChoice('--status', options.status, ['verified', 'draft'] as const),
    };
    const table = options.table === undefined ? undefined : parseChoice('--table', options.table, ['trade', 'meetings', 'officials', 'relations'] as const);
    if (chosen === 'csv' && !table) throw new UsageError('bilat export csv needs --table trade, meetings, officials or relations');
    if (chosen !== 'csv' && table) throw new UsageError('--table is for bilat export csv');
    if (options.ndjson && chosen !== 'bundle') throw new UsageError('--ndjson is for bilat export bundle');
    if (chosen === 'md' && !(country && partner)) throw new UsageError('bilat export md is a pair\'s briefing: give --pair KZ-LT (or --country KZ --partner LT)');
    const { withApi } = await import('../data/source.js');
    const interchange = await import('@bilat/interchange');
    const { apiReader } = await import('../data/export-reader.js');
    const { createWriteStream } = await import('node:fs');
    const file = options.output ? createWriteStream(options.output) : undefined;
    const sink = interchange.streamSink(file ?? process.stdout);
    const count = await withApi(options, async (api) => {
      const reader = apiReader(api);
      switch (chosen) {
        case 'bundle':
          return interchange.exportBundle(reader, filter, sink, { ndjson: options.ndjson });
        case 'csv':
          return interchange.exportCsv(reader, filter, sink, table!);
        case 'ics':
          return interchange.exportIcs(reader, filter, sink);
        case 'popolo':
          return interchange.exportPopolo(reader, filter, sink);
        case 'jsonld':
          return interchange.exportJsonLd(reader, filter, sink, { baseUrl: options.baseUrl });
        case 'md':
          return interchange.exportMarkdown(reader, country!, partner!, sink);
      }
    });
    if (file) {
      await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
      note(`Wrote ${count} ${chosen === 'md' ? 'lines' : 'records'} to ${options.output}`);
    }
  });
}
