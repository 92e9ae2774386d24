import { RECORD_COLLECTIONS, referencesOf, refKey, type KindedRecord, type RecordRef } from '@bilat/domain';
import { bundleFromRecords, bundleRecords, type Bundle } from '@bilat/domain/bundle';

export interface DroppedDraft {
  bundle: Bundle;
  /** Everything left out: what was asked for, and the records that only made sense with it. */
  dropped: RecordRef[];
}

/**
 * Leaves facts out of a draft after review. A record that points at a dropped one goes
 * too (a holding of a dropped person, a dispute over a dropped figure), except that a
 * meeting only loses the participant, so dropping a wrongly read name keeps the meeting.
 * The bundle stays importable: nothing in it points at a record that is not there.
 */
export function dropFromDraft(bundle: Bundle, drop: readonly RecordRef[]): DroppedDraft {
  let items = bundleRecords(bundle);
  const gone = new Set(drop.map(refKey));
  for (;;) {
    let changed = false;
    const next: KindedRecord[] = [];
    for (const item of items) {
      const key = refKey({ kind: item.kind, id: item.record.id });
      if (gone.has(key)) {
        changed = true;
        continue;
      }
      let current = item;
      if (current.kind === 'meeting') {
        const participants = current.record.participants.filter((p) => !gone.has(refKey({ kind: 'person', id: p.personId })));
        const kept = participants.map((p) => (p.postId && gone.has(refKey({ kind: 'post', id: p.postId })) ? { personId: p.personId, side: p.side, role: p.role } : p));
        if (JSON.stringify(kept) !== JSON.stringify(current.record.participants)) current = { kind: 'meeting', record: { ...current.record, participants: kept } };
      }
      const targets = referencesOf(current).map((reference) => refKey(reference.target));
      if (targets.some((target) => gone.has(target))) {
        gone.add(key);
        changed = true;
        continue;
      }
      next.push(current);
    }
    items = next;
    if (!changed) break;
  }
  const kept = new Set(items.map((item) => refKey({ kind: item.kind, id: item.record.id })));
  const dropped = bundleRecords(bundle)
    .map((item) => ({ kind: item.kind, id: item.record.id }))
    .filter((ref) => !kept.has(refKey(ref)));
  return { bundle: bundleFromRecords(items, bundle.description), dropped };
}

/** The records of a draft bundle by `kind:id`, for replacing one with its edited version. */
export function replaceInDraft(bundle: Bundle, edited: KindedRecord): Bundle {
  const collection = RECORD_COLLECTIONS[edited.kind];
  const list = ((bundle as Record<string, unknown>)[collection] ?? []) as { id: string }[];
  const index = list.findIndex((record) => record.id === edited.record.id);
  const replaced = index === -1 ? [...list, edited.record] : list.map((record, i) => (i === index ? edited.record : record));
  return { ...bundle, [collection]: replaced } as Bundle;
}
