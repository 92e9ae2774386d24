import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { connect, getRecords, migrateToLatest, scopeOf, seedDatabase } from '@bilat/db';
import { RECORD_KINDS, recordSchemas, type KindedRecord, type RecordKind } from '@bilat/domain';
import { NDJSON_FORMAT, NDJSON_VERSION } from '../import/bundle/ndjson.js';
import { fileInput } from '../import/input.js';
import { runImport } from '../import/run.js';

/*
 * The Office of the Historian bundle shipped as default data, built by importing the
 * snapshot (facts and addresses only: no remark kept as text, nothing drafted from one)
 * into a scratch database holding the curated set, then writing every record the
 * import's batch touched, kind by kind and id by id, as NDJSON. The same snapshot and
 * curated set always give the same text.
 */

/** Drops arrays that are empty: the schemas give them back as defaults, and the file is smaller. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => !(Array.isArray(value) && value.length === 0)));
}

export interface HsgDataset {
  text: string;
  records: number;
  gzipped: Buffer;
  /** Records the import changed that the curated set holds (they must stay as curated). */
  curatedTouched: string[];
}

export async function buildHsgDataset(folder: string, log: (message: string) => void = () => {}): Promise<HsgDataset> {
  const dir = await mkdtemp(join(tmpdir(), 'bilat-hsg-dataset-'));
  const database = connect({ kind: 'sqlite', path: join(dir, 'build.db') });
  try {
    await migrateToLatest(database);
    const curated = await seedDatabase(database, 'local:dataset', { datasets: ['curated'] });
    log(`curated set: ${curated.total.created} records`);
    const report = await runImport(database, await fileInput(folder), { format: 'hsg', texts: false, today: '2026-12-01', actor: 'local:dataset' });
    log(`import: ${report.total.created} created, ${report.total.updated} updated; ${Object.values(report.skipped).reduce((a, b) => a + b, 0)} rows not stored`);
    if (!report.batchId) throw new Error('the import changed nothing: is the folder empty?');
    const touched = await database.db.selectFrom('revisions').select(['kind', 'record_id', 'action']).where('batch_id', '=', report.batchId).execute();
    const byKind = new Map<RecordKind, Set<string>>();
    for (const row of touched) {
      const kind = row.kind as RecordKind;
      byKind.set(kind, (byKind.get(kind) ?? new Set()).add(row.record_id));
    }
    const curatedIds = new Set((await database.db.selectFrom('revisions').select(['kind', 'record_id']).where('batch_id', '=', curated.batchId ?? '').execute()).map((row) => `${row.kind}:${row.record_id}`));
    const curatedTouched = touched.map((row) => `${row.kind}:${row.record_id}`).filter((key) => curatedIds.has(key));
    const lines = [JSON.stringify({ format: NDJSON_FORMAT, version: NDJSON_VERSION, description: "The U.S. Office of the Historian's open data (CC0): facts and addresses, as bilat import hsg --no-texts stores them" })];
    let records = 0;
    for (const kind of RECORD_KINDS) {
      const ids = [...(byKind.get(kind) ?? [])].sort();
      for (let offset = 0; offset < ids.length; offset += 500) {
        for (const record of await getRecords(scopeOf(database), kind, ids.slice(offset, offset + 500))) {
          const small = compact(record as Record<string, unknown>);
          // The compact form must read back as the record itself.
          if (JSON.stringify(recordSchemas[kind].parse(small)) !== JSON.stringify(record)) throw new Error(`${kind} ${record.id} does not survive compaction`);
          lines.push(JSON.stringify({ kind, record: small } satisfies Omit<KindedRecord, 'record'> & { record: unknown }));
          records += 1;
        }
      }
    }
    const text = `${lines.join('\n')}\n`;
    return { text, records, gzipped: gzipSync(text, { level: 9 }), curatedTouched: [...new Set(curatedTouched)].sort() };
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}
