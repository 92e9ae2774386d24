import { dateSortKey, RECORD_KINDS, RecordSet, referencesOf, refKey, type KindedRecord, type RecordKind, type RecordRef } from '@bilat/domain';
import { getRecords } from './repositories/records.js';
import type { Scope } from './scope.js';

/**
 * The records a consistency check of one write needs: what the record points at, what
 * points at it, and the siblings some rules compare it with (other meetings of its
 * series, the holdings behind its participants' posts, the other figures of its trade
 * group). Checking this neighbourhood with the write as focus gives the same answer as
 * checking the whole database, without loading it.
 */
export async function loadNeighbourhood(scope: Scope, item: KindedRecord): Promise<RecordSet> {
  const wanted = new Map<string, RecordRef>();
  const want = (ref: RecordRef) => wanted.set(refKey(ref), ref);
  const self = { kind: item.kind, id: item.record.id };

  for (const reference of referencesOf(item)) want(reference.target);
  const linkers = await scope.db
    .selectFrom('record_links')
    .select(['from_kind', 'from_id'])
    .distinct()
    .where('to_kind', '=', item.kind)
    .where('to_id', '=', item.record.id)
    .execute();
  for (const link of linkers) want({ kind: link.from_kind as RecordKind, id: link.from_id });

  const ids = async (query: Promise<{ id: string }[]>, kind: RecordKind) => (await query).forEach((row) => want({ kind, id: row.id }));
  switch (item.kind) {
    case 'meeting': {
      const meeting = item.record;
      if (meeting.seriesId) {
        await ids(scope.db.selectFrom('meetings').select('id').where('series_id', '=', meeting.seriesId).where('deleted_at', 'is', null).execute(), 'meeting');
      }
      for (const participant of meeting.participants) {
        if (!participant.postId) continue;
        await ids(
          scope.db
            .selectFrom('holdings')
            .select('id')
            .where('person_id', '=', participant.personId)
            .where('post_id', '=', participant.postId)
            .where('deleted_at', 'is', null)
            .execute(),
          'holding',
        );
      }
      break;
    }
    case 'holding': {
      const holding = item.record;
      const meetingIds = await scope.db
        .selectFrom('meeting_participants')
        .select('meeting_id as id')
        .where('person_id', '=', holding.personId)
        .where('post_id', '=', holding.postId)
        .execute();
      meetingIds.forEach((row) => want({ kind: 'meeting', id: row.id }));
      await ids(
        scope.db.selectFrom('holdings').select('id').where('person_id', '=', holding.personId).where('post_id', '=', holding.postId).where('deleted_at', 'is', null).execute(),
        'holding',
      );
      break;
    }
    case 'series':
      await ids(scope.db.selectFrom('meetings').select('id').where('series_id', '=', item.record.id).where('deleted_at', 'is', null).execute(), 'meeting');
      break;
    case 'trade': {
      const flow = item.record;
      await ids(
        scope.db
          .selectFrom('trade_flows')
          .select('id')
          .where('reporter', '=', flow.reporter)
          .where('partner', '=', flow.partner)
          .where('classification_system', '=', flow.classification.system)
          .where('classification_code', '=', flow.classification.code)
          .where('deleted_at', 'is', null)
          .where('date_sort', '=', dateSortKey(flow.period.start))
          .execute(),
        'trade',
      );
      break;
    }
    default:
      break;
  }

  wanted.delete(refKey(self));
  const set = new RecordSet([item]);
  for (const kind of RECORD_KINDS) {
    const refs = [...wanted.values()].filter((ref) => ref.kind === kind);
    for (const record of await getRecords(scope, kind, refs.map((ref) => ref.id))) set.put({ kind, record } as KindedRecord);
  }
  // The holdings and meetings loaded above point at people, posts and sources too; for
  // rules that read them (locators, post dates) their own targets are not needed.
  return set;
}
