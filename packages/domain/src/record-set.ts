import { RECORD_KINDS, type RecordKind, type RecordRef } from './common.js';
import type { KindedRecord, RecordOf } from './records/index.js';

/**
 * An in-memory collection of records by kind and id: what the consistency checks read,
 * whether it holds a whole bundle or the neighbourhood of one write.
 */
export class RecordSet {
  private readonly byKind = new Map<RecordKind, Map<string, unknown>>(
    RECORD_KINDS.map((kind) => [kind, new Map<string, unknown>()]),
  );

  constructor(items: Iterable<KindedRecord> = []) {
    for (const item of items) this.put(item);
  }

  put(item: KindedRecord): void {
    this.byKind.get(item.kind)!.set(item.record.id, item.record);
  }

  /** Puts a record of a kind, as `put` does, for a caller that holds the two apart (no `{ kind, record }` made to be taken apart again). */
  add<K extends RecordKind>(kind: K, record: RecordOf<K>): void {
    this.byKind.get(kind)!.set(record.id, record);
  }

  delete(ref: RecordRef): void {
    this.byKind.get(ref.kind)!.delete(ref.id);
  }

  get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined {
    return this.byKind.get(kind)!.get(id) as RecordOf<K> | undefined;
  }

  has(ref: RecordRef): boolean {
    return this.byKind.get(ref.kind)!.has(ref.id);
  }

  all<K extends RecordKind>(kind: K): RecordOf<K>[] {
    return [...this.byKind.get(kind)!.values()] as RecordOf<K>[];
  }

  /**
   * A kind's records in the order they were put, read where they are kept: what `all` gives
   * without copying them into an array first (a dossier's load walks each kind once). Not
   * to be read on past a change to the set.
   */
  values<K extends RecordKind>(kind: K): IterableIterator<RecordOf<K>> {
    return this.byKind.get(kind)!.values() as IterableIterator<RecordOf<K>>;
  }

  /** How many records of a kind it holds. */
  count(kind: RecordKind): number {
    return this.byKind.get(kind)!.size;
  }

  /** The ids of a kind's records, in the order they were put. */
  ids(kind: RecordKind): string[] {
    return [...this.byKind.get(kind)!.keys()];
  }

  *items(): Generator<KindedRecord> {
    for (const kind of RECORD_KINDS) {
      for (const record of this.byKind.get(kind)!.values()) yield { kind, record } as KindedRecord;
    }
  }

  get size(): number {
    let size = 0;
    for (const records of this.byKind.values()) size += records.size;
    return size;
  }
}
