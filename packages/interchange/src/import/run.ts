import { allRecords, findRecord, importBundle, importStream, scopeOf, type BilatDatabase, type ImportProblem, type StreamImportSummary } from '@bilat/db';
import { partialDateFromDate, type RecordKind, type RecordOf } from '@bilat/domain';
import { bundleRecords } from '@bilat/domain/bundle';
import { peek } from '../read/peek.js';
import { isNdjsonStart, readBundleLines } from './bundle/read.js';
import { IMPORT_FORMATS } from './formats.js';
import { inputLines } from './input.js';
import { ImportUsageError, type ImportContext, type ImportInput, type ImportItem, type ImportSettings, type Meter } from './types.js';

/*
 * One import: the format's reader feeds importStream, which validates every record and
 * writes them in one transaction (nothing is kept if anything is wrong, or if the
 * process dies), records the batch, and on a dry run rolls everything back.
 */

export interface RunImportOptions extends ImportSettings {
  format: string;
  dryRun?: boolean;
  /** Who imports, for the revision log (default: the local user). */
  actor?: string;
  /** Shared with a progress bar: bytes and lines read so far. */
  meter?: Meter;
  /** Called after each chunk written, with the records read so far. */
  onProgress?: (records: number) => void;
  chunkSize?: number;
}

export interface ImportReport extends StreamImportSummary {
  format: string;
  file: string;
  /** Counts measured while reading (rows, rows by column count, persons…). */
  stats: Record<string, number>;
  /** Rows read but not stored, by reason. */
  skipped: Record<string, number>;
}

/** YAML (and JSON) bundles up to this size are read whole and checked against every consistency rule. */
export const WHOLE_BUNDLE_LIMIT = 64 * 1024 * 1024;

function today(): string {
  return partialDateFromDate(new Date());
}

export function checkSettings(options: RunImportOptions): void {
  if (!Object.hasOwn(IMPORT_FORMATS, options.format)) {
    throw new ImportUsageError(`unknown import format "${options.format}" (one of ${Object.keys(IMPORT_FORMATS).join(', ')})`);
  }
}

/** A YAML or JSON bundle read whole: the same checks as the curated dataset, problems with file, line and column. */
async function importWholeBundle(database: BilatDatabase, context: ImportContext, lines: AsyncIterable<{ text: string }>, options: RunImportOptions): Promise<ImportReport> {
  if ((context.input.size ?? 0) > WHOLE_BUNDLE_LIMIT) {
    throw new ImportUsageError(`${context.input.name} is ${Math.round((context.input.size ?? 0) / 1048576)} MB: a YAML bundle is read whole (at most ${WHOLE_BUNDLE_LIMIT / 1048576} MB); write large bundles as NDJSON (bilat export bundle --ndjson)`);
  }
  const parts: string[] = [];
  for await (const line of lines) parts.push(line.text);
  const { parseBundle } = await import('@bilat/domain/yaml');
  const bundle = parseBundle(parts.join('\n'), context.input.name);
  const records = bundleRecords(bundle).length;
  const summary = await importBundle(database, bundle, { label: `bundle: ${context.input.name}`, dryRun: options.dryRun, actor: options.actor });
  options.onProgress?.(records);
  return { ...summary, rows: records, problems: [], format: 'bundle', file: context.input.name, stats: { records }, skipped: {} };
}

/** Imports one file (or upload) in one transaction; throws ImportProblemsError (nothing written) on any problem. */
export async function runImport(database: BilatDatabase, input: ImportInput, options: RunImportOptions): Promise<ImportReport> {
  checkSettings(options);
  const format = IMPORT_FORMATS[options.format]!;
  const scope = scopeOf(database);
  const meter = options.meter ?? { bytes: 0, lines: 0 };
  meter.totalBytes = input.size;
  const context: ImportContext = {
    input,
    settings: { ...options, encoding: options.encoding ?? 'utf-8', today: options.today ?? today() },
    meter,
    lookup: async <K extends RecordKind>(kind: K, id: string) => (await findRecord(scope, kind, id))?.record as RecordOf<K> | undefined,
    all: <K extends RecordKind>(kind: K) => allRecords(scope, kind) as Promise<RecordOf<K>[]>,
    stats: {},
    skipped: {},
  };
  let items: AsyncGenerator<ImportItem>;
  if (options.format === 'bundle') {
    const { first, all } = await peek(inputLines(context));
    const ndjson = isNdjsonStart(first?.text);
    const largeJson = !ndjson && (input.size ?? 0) > WHOLE_BUNDLE_LIMIT && first?.text.trimStart().startsWith('{');
    if (!ndjson && !largeJson) return importWholeBundle(database, context, all, options);
    items = readBundleLines(all, ndjson, context);
  } else {
    context.prepared = await format.prepare?.(context);
    items = format.read(context);
  }
  const summary = await importStream(database, items as AsyncIterable<ImportItem & ({ kind: RecordKind } | { problem: ImportProblem })>, {
    label: `${options.format}: ${input.name}`,
    dryRun: options.dryRun,
    actor: options.actor,
    merge: format.merge,
    onProgress: options.onProgress,
    chunkSize: options.chunkSize,
  });
  return { ...summary, format: options.format, file: input.name, stats: context.stats, skipped: context.skipped };
}
