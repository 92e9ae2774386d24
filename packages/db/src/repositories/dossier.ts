import {
  buildDossier,
  partialDateFromDate,
  RECORD_KINDS,
  RecordSet,
  referencesOf,
  refKey,
  type Dossier,
  type KindedRecord,
  type PartialDate,
  type RecordKind,
  type RecordRef,
} from '@bilat/domain';
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { PAIR_KINDS, RECORD_TABLES } from '../record-tables.js';
import type { Database, RecordTableName } from '../schema.js';
import type { Scope } from '../scope.js';
import { getRecords } from './records.js';

/** The kinds found by their pair column; agreements are found by their parties (a multilateral one has no pair). */
const PAIR_TABLES = [...PAIR_KINDS].filter((kind) => kind !== 'agreement');

/** A query over any record table (Kysely types a column of any of them). */
type RecordQuery = SelectQueryBuilder<Database, RecordTableName, { body: string }>;

/** The live records of a kind whose rows the condition keeps. */
async function bodies(scope: Scope, kind: RecordKind, where: (query: RecordQuery) => RecordQuery): Promise<KindedRecord[]> {
  const table: RecordTableName = RECORD_TABLES[kind];
  const rows = await where(scope.db.selectFrom(table).select('body').where('deleted_at', 'is', null)).execute();
  return rows.map((row) => ({ kind, record: JSON.parse(row.body) }) as KindedRecord);
}

/** The condition that keeps records of a kind concerning both parties (`record_parties` lists each party a record concerns). */
function concernsBoth(kind: RecordKind, a: string, b: string): (query: RecordQuery) => RecordQuery {
  const concerns = (party: string) => (eb: ExpressionBuilder<Database, RecordTableName>) =>
    eb.selectFrom('record_parties').select('record_id').where('kind', '=', kind).where('party', '=', party);
  return (query) => query.where('id', 'in', concerns(a)).where('id', 'in', concerns(b));
}

/**
 * Loads everything a pair's dossier shows: the pair's own records, the agreements both
 * parties are party to, each side's chiefs of mission to the other, what they point at
 * (people, posts, places, sources), the holdings of the people who took part, and the
 * statements, commitments and disputes about them.
 */
export async function loadPairRecords(scope: Scope, pair: string): Promise<RecordSet> {
  const [a, b] = pair.split('-') as [string, string];
  const set = new RecordSet();
  const add = (items: KindedRecord[]) => items.forEach((item) => set.put(item));
  for (const kind of PAIR_TABLES) add(await bodies(scope, kind, (q) => q.where('pair', '=', pair)));
  add(
    await bodies(scope, 'agreement', concernsBoth('agreement', a, b)),
  );

  /** Records of these kinds that point at anything already in the set. */
  const linkedFrom = async (kinds: RecordKind[], relations: string[], targets: RecordRef[]) => {
    if (targets.length === 0) return;
    for (const kind of kinds) {
      const ids = new Set<string>();
      for (let offset = 0; offset < targets.length; offset += 200) {
        const slice = targets.slice(offset, offset + 200);
        const rows = await scope.db
          .selectFrom('record_links')
          .select('from_id')
          .where('from_kind', '=', kind)
          .where('relation', 'in', relations)
          .where((eb) => eb.or(slice.map((t) => eb.and([eb('to_kind', '=', t.kind), eb('to_id', '=', t.id)]))))
          .execute();
        rows.forEach((row) => ids.add(row.from_id));
      }
      add((await getRecords(scope, kind, [...ids])).map((record) => ({ kind, record }) as KindedRecord));
    }
  };
  const events = [...set.all('meeting').map((m) => ({ kind: 'meeting' as const, id: m.id })), ...set.all('visit').map((v) => ({ kind: 'visit' as const, id: v.id }))];
  await linkedFrom(['commitment'], ['made-at'], events);
  await linkedFrom(['statement'], ['event'], events);

  // Joint bodies both parties belong to (a commission, a friendship group).
  add(
    await bodies(scope, 'organization', concernsBoth('organization', a, b)),
  );

  // Each side's mission posts to the other ("Ambassador of the United States to Kazakhstan") and their holders.
  add(
    await bodies(scope, 'post', concernsBoth('post', a, b)),
  );
  const missionPosts = set.all('post').filter((post) => post.accreditedTo).map((post) => post.id);
  for (let offset = 0; offset < missionPosts.length; offset += 500) {
    add(await bodies(scope, 'holding', (q) => q.where('post_id', 'in', missionPosts.slice(offset, offset + 500))));
  }

  const participants = [
    ...new Set([...set.all('meeting').flatMap((m) => m.participants.map((p) => p.personId)), ...set.all('visit').flatMap((v) => v.visitorIds)]),
  ];
  for (let offset = 0; offset < participants.length; offset += 500) {
    add(await bodies(scope, 'holding', (q) => q.where('person_id', 'in', participants.slice(offset, offset + 500))));
  }

  // What the loaded records point at, twice over (a post's organization, a holding's post).
  for (let round = 0; round < 3; round++) {
    const missing = new Map<string, RecordRef>();
    for (const item of set.items()) {
      for (const reference of referencesOf(item)) if (!set.has(reference.target)) missing.set(refKey(reference.target), reference.target);
    }
    if (missing.size === 0) break;
    for (const kind of RECORD_KINDS) {
      const ids = [...missing.values()].filter((ref) => ref.kind === kind).map((ref) => ref.id);
      add((await getRecords(scope, kind, ids)).map((record) => ({ kind, record }) as KindedRecord));
    }
  }

  const shown = [...set.items()].filter((item) => item.kind !== 'source').map((item) => ({ kind: item.kind, id: item.record.id }));
  await linkedFrom(['dispute'], ['subject', 'claim'], shown);
  for (const dispute of set.all('dispute')) {
    for (const claim of dispute.claims) {
      if (!set.has({ kind: 'source', id: claim.citation.sourceId })) {
        add((await getRecords(scope, 'source', [claim.citation.sourceId])).map((record) => ({ kind: 'source', record }) as KindedRecord));
      }
    }
  }
  return set;
}

/** The dossier of a pair (`KZ-LT`), optionally as of a date. */
export async function getDossier(scope: Scope, pair: string, options: { asOf?: PartialDate; today?: PartialDate } = {}): Promise<Dossier> {
  const records = await loadPairRecords(scope, pair);
  return buildDossier({ pair, records, asOf: options.asOf, today: options.today ?? partialDateFromDate(new Date()) });
}
