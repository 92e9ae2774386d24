import type { ImportProblem, ImportRow, MergeRules } from '@bilat/db';
import type { RecordKind, RecordOf } from '@bilat/domain';
import type { TextEncoding } from '../read/lines.js';

/** What an importer yields: a record to validate and write, or a problem with its line. */
export type ImportItem = ImportRow | { problem: ImportProblem };

/** A file to import: read from disk, or an upload streamed once. */
export interface ImportInput {
  /** The file's base name, as the batch and the file's source record name it. */
  name: string;
  /** Size in bytes, when known (for progress). */
  size?: number;
  /** The bytes. A file on disk may be opened again; an upload only once. */
  open(): AsyncIterable<Buffer | Uint8Array>;
  /** Text of a file beside this one (`x_meta.json` beside `x_wikidata.csv`), when there is a folder. */
  sibling?(name: string): Promise<string | undefined>;
  /** A folder on disk, for formats that read many files (hsg); `open` is then not used. */
  folder?: string;
}

/** Options a user gives on the command line or in the upload's query. */
export interface ImportSettings {
  encoding?: TextEncoding;
  /** The country the file is about, when the file does not name it (popolo, wikidata). */
  country?: string;
  /** The post a position-held export is about: an existing post id, or a title (wikidata). */
  post?: string;
  /** The day the file was read, for its source record (default today). */
  today?: string;
  /** hsg: keep the Office's remarks as source text and draft from them (default true); false for facts and addresses only. */
  texts?: boolean;
}

/** Progress, read by the progress bar while the import runs. */
export interface Meter {
  bytes: number;
  lines: number;
  totalBytes?: number;
}

/** Reads records already in the database (to check `--post ID`, for instance). */
export type Lookup = <K extends RecordKind>(kind: K, id: string) => Promise<RecordOf<K> | undefined>;

export interface ImportContext {
  input: ImportInput;
  settings: ImportSettings & { encoding: TextEncoding; today: string };
  meter: Meter;
  /** For `prepare` only (see there). */
  lookup: Lookup;
  /** Every live record of a kind (people and places to match names against); for `prepare` only. */
  all?: <K extends RecordKind>(kind: K) => Promise<RecordOf<K>[]>;
  /** Counts measured while reading (rows by column count, rows by event code…), for the summary. */
  stats: Record<string, number>;
  /** Rows read but deliberately not stored, by reason. */
  skipped: Record<string, number>;
  /** What the format's `prepare` found before the import's transaction began. */
  prepared?: unknown;
}

/** One input format: how to read it and which of its records accumulate. */
export interface ImportFormat {
  name: string;
  description: string;
  read(context: ImportContext): AsyncGenerator<ImportItem>;
  /**
   * Runs before the import's transaction: the place for database lookups (a read on the
   * database's own connection while its transaction is open would wait for it forever).
   */
  prepare?(context: ImportContext): Promise<unknown>;
  merge?: MergeRules;
}

/** Bad options for an import (a missing --post): a usage error, exit code 2. */
export class ImportUsageError extends Error {
  constructor(message: string) {
    super(message);
    // The command line maps errors by name; this is a usage error like any other.
    this.name = 'UsageError';
  }
}

export function count(tally: Record<string, number>, key: string, by = 1): void {
  tally[key] = (tally[key] ?? 0) + by;
}
