import { getDossier, getRecords, listRecords, type Scope } from '@bilat/db';
import { partialDateFromDate, type Dossier, type PartialDate, type RecordKind, type RecordOf } from '@bilat/domain';

/** Which records an export holds; without any filter, everything. */
export interface ExportFilter {
  country?: string;
  partner?: string;
  from?: PartialDate;
  to?: PartialDate;
  status?: 'verified' | 'draft';
}

/**
 * Where exports read records from: the database directly, or the API (local or remote),
 * which the command line uses so that `--api` works for exports too.
 */
export interface RecordReader {
  /** The records of a kind matching the filter, a page at a time. */
  pages<K extends RecordKind>(kind: K, filter: ExportFilter): AsyncIterable<RecordOf<K>[]>;
  /** Records by id (what exported records point at); missing ones are left out. */
  get<K extends RecordKind>(kind: K, ids: readonly string[]): Promise<RecordOf<K>[]>;
  dossier(pair: string): Promise<Dossier>;
}

export function isFiltered(filter: ExportFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}

/** Reads straight from a database (tests, the API's own use). */
export function databaseReader(scope: Scope, today: () => PartialDate = () => partialDateFromDate(new Date())): RecordReader {
  return {
    async *pages(kind, filter) {
      let cursor: string | undefined;
      do {
        const page = await listRecords(scope, kind, { ...filter, limit: 500, cursor });
        if (page.items.length) yield page.items;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    },
    get: (kind, ids) => getRecords(scope, kind, ids),
    dossier: (pair) => getDossier(scope, pair, { today: today() }),
  };
}

/** Where an export writes: stdout or a file, waiting when the reader is slower. */
export interface ExportSink {
  write(text: string): Promise<void> | void;
}

/** Collects an export in memory (tests, the API). */
export function stringSink(): ExportSink & { text(): string } {
  const parts: string[] = [];
  return { write: (text) => void parts.push(text), text: () => parts.join('') };
}

/** A sink over a Node stream, honouring backpressure. */
export function streamSink(stream: NodeJS.WritableStream): ExportSink {
  return {
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
        if (ok) resolve();
        else stream.once('drain', () => resolve());
      }),
  };
}
