import { RECORD_KINDS, RecordSet, referencesOf, type KindedRecord, type RecordKind } from '@bilat/domain';
import type { ExportFilter, RecordReader } from './reader.js';

/** Every record of every kind, a page at a time, kinds in the order bundles list them (sources first). */
export async function* allRecordPages(reader: RecordReader, kinds: readonly RecordKind[] = RECORD_KINDS): AsyncGenerator<KindedRecord[]> {
  for (const kind of kinds) {
    for await (const page of reader.pages(kind, {})) yield page.map((record) => ({ kind, record }) as KindedRecord);
  }
}

/**
 * The records matching a filter, with everything they point at (people, posts,
 * organizations, places, sources…), so that the export imports into an empty database.
 */
export async function filteredWithReferences(reader: RecordReader, filter: ExportFilter, kinds: readonly RecordKind[] = RECORD_KINDS): Promise<RecordSet> {
  const set = new RecordSet();
  for (const kind of kinds) {
    for await (const page of reader.pages(kind, filter)) for (const record of page) set.put({ kind, record } as KindedRecord);
  }
  let frontier = [...set.items()];
  while (frontier.length) {
    const wanted = new Map<RecordKind, Set<string>>();
    for (const item of frontier) {
      for (const reference of referencesOf(item)) {
        if (set.has(reference.target)) continue;
        const ids = wanted.get(reference.target.kind) ?? new Set<string>();
        ids.add(reference.target.id);
        wanted.set(reference.target.kind, ids);
      }
    }
    frontier = [];
    for (const [kind, ids] of wanted) {
      for (const record of await reader.get(kind, [...ids])) {
        const item = { kind, record } as KindedRecord;
        if (set.has({ kind, id: record.id })) continue;
        set.put(item);
        frontier.push(item);
      }
    }
  }
  return set;
}

