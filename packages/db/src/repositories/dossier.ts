import {
  buildDossier,
  partialDateFromDate,
  RECORD_KINDS,
  RecordSet,
  forEachReference,
  type Dossier,
  type KindedRecord,
  type PartialDate,
  type RecordKind,
  type RecordOf,
  type RecordRef,
} from '@bilat/domain';
import { PAIR_KINDS, RECORD_TABLES } from '../record-tables.js';
import { sharedBodies } from '../parsed-bodies.js';
import { inReadSnapshot, type Scope } from '../scope.js';
import { Statement } from './statement.js';

/*
 * Loading a pair's dossier. A dossier reads a few hundred records of a dozen kinds; asked
 * one kind at a time that was 20-odd statements, each built through Kysely's query
 * builder (at world scale the builder and the round trips cost more than the SQL). Here
 * each step is one statement, every kind it needs side by side (UNION ALL), written as
 * plain SQL for the scope's dialect.
 */

/** The kinds found by their pair column; agreements are found by their parties (a multilateral one has no pair). */
const PAIR_TABLES = [...PAIR_KINDS].filter((kind) => kind !== 'agreement');

/**
 * Parameters one statement takes at most: long id lists are split over several statements
 * (SQLite's bound on parameters, and PostgreSQL's, are far above this).
 */
const MAX_PARAMETERS = 5000;

interface Row {
  kind: RecordKind;
  id: string;
  body: string;
}

/** Runs SELECTs of (kind, id, body) rows as one statement, joined by UNION ALL. */
async function unionRows(scope: Scope, selects: ((statement: Statement) => string)[]): Promise<Row[]> {
  if (selects.length === 0) return [];
  const statement = new Statement(scope);
  return statement.rows<Row>(selects.map((select) => select(statement)).join('\nunion all\n'));
}

const table = (kind: RecordKind) => RECORD_TABLES[kind];

/*
 * Kinds and relations are written into the text as literals, not passed as parameters. On
 * PostgreSQL reads run as prepared statements (pg-prepared.ts), and after five runs the server
 * may keep a generic plan, made without the parameters' values. With the kind a parameter, the
 * generic plan could not tell that kind = 'agreement' is a small part of record_parties: for the
 * pair's agreements it read and sorted all 10,000 agreements of the world (40-55 ms) instead of
 * looking up the two parties' rows (0.6 ms), and whether the server chose that plan depended on
 * the statistics ANALYZE happened to sample. Written in, the kind's share is known to every plan.
 * They come from the code, never from a request; the check keeps it so.
 */
function literal(word: string): string {
  if (!/^[a-z][a-z-]*$/.test(word)) throw new RangeError(`not a kind or relation: ${JSON.stringify(word)}`);
  return `'${word}'`;
}

/** The live records of a kind whose rows the condition keeps. */
const liveWhere = (kind: RecordKind, condition: string) => `select '${kind}' as kind, id, body from ${table(kind)} where deleted_at is null and ${condition}`;

/** The condition that keeps records of a kind concerning both parties (`record_parties` lists each party a record concerns). */
function concernsBoth(statement: Statement, kind: RecordKind, a: unknown, b: unknown): string {
  const concerns = (party: unknown) => `id in (select record_id from record_parties where kind = ${literal(kind)} and party = ${statement.value(party)})`;
  return `${concerns(a)} and ${concerns(b)}`;
}

/** Splits ids into slices that keep a statement under its parameter bound. */
function slices<T>(values: readonly T[], size = MAX_PARAMETERS - 10): T[][] {
  const out: T[][] = [];
  for (let offset = 0; offset < values.length; offset += size) out.push(values.slice(offset, offset + size));
  return out;
}

/**
 * The live records of several kinds by id, a statement per slice of ids: the records of
 * each kind in the order their ids were asked for (as getRecords gives them). The ids come
 * in sets, each id once (the callers gather them so; no list made unique here again).
 */
async function recordsById(scope: Scope, wanted: Map<RecordKind, Set<string>>, parse: (row: Row) => unknown): Promise<KindedRecord[]> {
  const asked = new Map<RecordKind, string[]>();
  let count = 0;
  for (const [kind, ids] of wanted) {
    if (ids.size === 0) continue;
    asked.set(kind, [...ids]);
    count += ids.size;
  }
  if (count === 0) return [];
  // Each kind's rows by id (no key text built for each row).
  const found = new Map<RecordKind, Map<string, Row>>();
  const take = (rows: Row[]) => {
    for (const row of rows) (found.get(row.kind) ?? found.set(row.kind, new Map()).get(row.kind)!).set(row.id, row);
  };
  const select = (byKind: Map<RecordKind, string[]>) =>
    unionRows(
      scope,
      [...byKind].map(([kind, ids]) => (statement: Statement) => liveWhere(kind, `id in (${statement.list(ids)})`)),
    );
  if (count <= MAX_PARAMETERS - 10) take(await select(asked));
  else {
    // Long lists over several statements, each slice of the (kind, id) list grouped by kind.
    const refs = [...asked].flatMap(([kind, ids]) => ids.map((id) => ({ kind, id })));
    for (const slice of slices(refs)) take(await select(byKind(slice)));
  }
  const out: KindedRecord[] = [];
  for (const [kind, ids] of asked) {
    const rows = found.get(kind);
    if (!rows) continue;
    for (const id of ids) {
      const row = rows.get(id);
      if (row) out.push({ kind, record: parse(row) } as KindedRecord);
    }
  }
  return out;
}

/** Ids of records of `kind` that point at any of the targets by one of the relations (`record_links`). */
function linkedFrom(statement: Statement, kind: RecordKind, relations: string[], targets: Map<RecordKind, string[]>): string {
  // Placeholders are taken in the order they appear in the text (SQLite's are positional).
  const head = `id in (select from_id from record_links where from_kind = ${literal(kind)} and relation in (${relations.map(literal).join(', ')})`;
  const byKind = [...targets].filter(([, ids]) => ids.length > 0).map(([targetKind, ids]) => `(to_kind = ${literal(targetKind)} and to_id in (${statement.list(ids)}))`);
  return `${head} and (${byKind.join(' or ')}))`;
}

/** Groups references by kind: what `linkedFrom` and `recordsById` take. */
function byKind(refs: Iterable<RecordRef>): Map<RecordKind, string[]> {
  const out = new Map<RecordKind, string[]>();
  for (const ref of refs) (out.get(ref.kind) ?? out.set(ref.kind, []).get(ref.kind)!).push(ref.id);
  return out;
}

/**
 * The pair's own records, the agreements, joint bodies (a commission, a friendship group)
 * and mission posts ("Ambassador of the United States to Kazakhstan") of both parties, and
 * the commitments and statements made at the pair's meetings and visits: the SELECTs of the
 * first statement, with the pair and its parties as the values given.
 */
function pairOwnSelects(pair: unknown, a: unknown, b: unknown): ((statement: Statement) => string)[] {
  const events = (statement: Statement) =>
    `(to_kind = 'meeting' and to_id in (select id from meetings where pair = ${statement.value(pair)} and deleted_at is null))` +
    ` or (to_kind = 'visit' and to_id in (select id from visits where pair = ${statement.value(pair)} and deleted_at is null))`;
  const madeAt = (kind: RecordKind, relation: string) => (statement: Statement) =>
    liveWhere(kind, `id in (select from_id from record_links where from_kind = ${literal(kind)} and relation = ${literal(relation)} and (${events(statement)}))`);
  return [
    ...PAIR_TABLES.map((kind) => (statement: Statement) => liveWhere(kind, `pair = ${statement.value(pair)}`)),
    (statement) => liveWhere('agreement', concernsBoth(statement, 'agreement', a, b)),
    madeAt('commitment', 'made-at'),
    madeAt('statement', 'event'),
    (statement) => liveWhere('organization', concernsBoth(statement, 'organization', a, b)),
    (statement) => liveWhere('post', concernsBoth(statement, 'post', a, b)),
  ];
}

/** Stand-ins for the pair and its parties, where the first statement's text is written once. */
const PAIR = Symbol('pair');
const PARTY_A = Symbol('a');
const PARTY_B = Symbol('b');

/**
 * The first statement's text for each dialect, with the stand-ins in its parameters' places.
 * Its text is the same for every pair (the pair and its parties are parameters), 2,300
 * characters: written again on every request, it was built and then hashed once more where
 * its prepared statement is found by its text (connection.ts); one string used again keeps
 * its hash. Two entries at most, made from the code alone: nothing read is kept here.
 */
const PAIR_OWN_STATEMENTS = new Map<Scope['dialect'], { text: string; parameters: readonly unknown[] }>();

/** Runs the first statement (pairOwnSelects) for a pair: the same text and parameters as writing it afresh. */
async function pairOwnRows(scope: Scope, pair: string, a: string, b: string): Promise<Row[]> {
  let written = PAIR_OWN_STATEMENTS.get(scope.dialect);
  if (written === undefined) {
    const template = new Statement(scope);
    const text = pairOwnSelects(PAIR, PARTY_A, PARTY_B)
      .map((select) => select(template))
      .join('\nunion all\n');
    written = { text, parameters: template.parameters };
    PAIR_OWN_STATEMENTS.set(scope.dialect, written);
  }
  const statement = new Statement(scope);
  for (const standIn of written.parameters) statement.parameters.push(standIn === PAIR ? pair : standIn === PARTY_A ? a : standIn === PARTY_B ? b : standIn);
  return statement.rows<Row>(written.text);
}

export interface PairRecordsOptions {
  /**
   * Load the sources that only trade figures cite (default true). The API's dossier sends
   * trade as series that name their sources by id, so it needs only the sources the other
   * sections cite: at world scale a pair's trade figures cite most of its sources.
   */
  tradeSources?: boolean;
  /**
   * Load sources at all (default true). With false the caller loads only those its answer
   * cites: the API's compact dossier carries the sources of each section's first page, a
   * third of what the whole dossier cites at world scale (54 of 168 for the busiest pair).
   */
  sources?: boolean;
  /**
   * The records may be parses shared with other callers (parsed-bodies.ts): parsed once
   * while their stored text is unchanged, so computing a dossier again after a write
   * parses only what the write changed. The caller must not change them (frozen under
   * test). Default false: each call gets records of its own.
   */
  shared?: boolean;
}

/**
 * Loads everything a pair's dossier shows: the pair's own records, the agreements both
 * parties are party to, each side's chiefs of mission to the other, what they point at
 * (people, posts, places, sources), the holdings of the people who took part, and the
 * statements, commitments and disputes about them.
 */
export function loadPairRecords(scope: Scope, pair: string, options: PairRecordsOptions = {}): Promise<RecordSet> {
  // Its six statements or so as one snapshot: an edit committed between two of them must not
  // show in one section and not in another.
  return inReadSnapshot(scope, (snapshot) => readPairRecords(snapshot, pair, options));
}

async function readPairRecords(scope: Scope, pair: string, options: PairRecordsOptions): Promise<RecordSet> {
  const [a, b] = pair.split('-') as [string, string];
  const set = new RecordSet();
  const parse = options.shared ? (row: Row) => sharedBodies.parse(row.body, row.id, row.kind) : (row: Row) => JSON.parse(row.body) as unknown;
  const add = (rows: Row[]) => {
    for (const row of rows) set.add(row.kind, parse(row) as RecordOf<RecordKind>);
  };

  add(await pairOwnRows(scope, pair, a, b));

  // The holders of the mission posts, then every holding of the people who took part.
  const missionPosts = set.all('post').filter((post) => post.accreditedTo).map((post) => post.id);
  // Gathered straight into one set (each person once, meetings' participants first, then visitors).
  const people = new Set<string>();
  for (const meeting of set.values('meeting')) for (const participant of meeting.participants) people.add(participant.personId);
  for (const visit of set.values('visit')) for (const visitorId of visit.visitorIds) people.add(visitorId);
  const participants = [...people];
  const holdings = [
    ...slices(missionPosts).map((ids) => ['post_id', ids] as const),
    ...slices(participants).map((ids) => ['person_id', ids] as const),
  ];
  for (const [column, ids] of holdings) add(await unionRows(scope, [(statement) => liveWhere('holding', `${column} in (${statement.list(ids)})`)]));

  // What the loaded records point at, three times over (a holding's post, its organization, that one's parent).
  // Each round follows the references of the records the round before added: the others' were
  // followed already (what they name is loaded, or does not exist and would be asked for again in vain).
  // The first round walks the whole set kind by kind, read in place (no list of every record
  // made for it), and passes over the kinds whose references are not followed.
  const followTrade = options.tradeSources !== false;
  const followSources = options.sources !== false;
  let added: KindedRecord[] | undefined;
  for (let round = 0; round < 3; round++) {
    // What is missing, as each kind's ids in the order first met: kept by kind rather than
    // under a `kind:id` name, which built and hashed a text for every missing reference.
    const missing = new Map<RecordKind, Set<string>>();
    const want = (_relation: string, kind: RecordKind, id: string) => {
      if (!followSources && kind === 'source') return;
      if (set.get(kind, id) !== undefined) return;
      const ids = missing.get(kind);
      if (ids === undefined) missing.set(kind, new Set([id]));
      else ids.add(id);
    };
    if (added === undefined) {
      for (const kind of RECORD_KINDS) {
        if (kind === 'trade' && !followTrade) continue;
        for (const record of set.values(kind)) forEachReference({ kind, record } as KindedRecord, want);
      }
    } else {
      for (const item of added) {
        if (item.kind === 'trade' && !followTrade) continue;
        forEachReference(item, want);
      }
    }
    if (missing.size === 0) break;
    // In the kinds' order, as the set lists them: the next round asks for their targets in the same order.
    const ordered = new Map<RecordKind, Set<string>>();
    for (const kind of RECORD_KINDS) {
      const ids = missing.get(kind);
      if (ids !== undefined) ordered.set(kind, ids);
    }
    const found = await recordsById(scope, ordered, parse);
    for (const item of found) set.put(item);
    added = found;
  }

  // Disputes about anything shown, and the sources their claims cite.
  const shown = new Map<RecordKind, string[]>();
  let shownCount = 0;
  for (const kind of RECORD_KINDS) {
    if (kind === 'source' || set.count(kind) === 0) continue;
    const ids = set.ids(kind);
    shown.set(kind, ids);
    shownCount += ids.length;
  }
  const disputesOf = async (targets: Map<RecordKind, string[]>) =>
    add(await unionRows(scope, [(statement) => liveWhere('dispute', linkedFrom(statement, 'dispute', ['subject', 'claim'], targets))]));
  if (shownCount === 0) {
    // Nothing shown: nothing to ask.
  } else if (shownCount <= MAX_PARAMETERS - 10) await disputesOf(shown);
  else for (const slice of slices([...shown].flatMap(([kind, ids]) => ids.map((id) => ({ kind, id }))))) await disputesOf(byKind(slice));
  const claimSources = new Set<string>();
  for (const dispute of set.values('dispute')) {
    for (const claim of dispute.claims) if (!set.has({ kind: 'source', id: claim.citation.sourceId })) claimSources.add(claim.citation.sourceId);
  }
  if (claimSources.size && followSources) (await recordsById(scope, new Map([['source', claimSources]]), parse)).forEach((item) => set.put(item));
  return set;
}

/** The dossier of a pair (`KZ-LT`), optionally as of a date (`mirrors`: see DossierInput). */
export async function getDossier(scope: Scope, pair: string, options: { asOf?: PartialDate; today?: PartialDate; mirrors?: boolean } & PairRecordsOptions = {}): Promise<Dossier> {
  const records = await loadPairRecords(scope, pair, { tradeSources: options.tradeSources, sources: options.sources, shared: options.shared });
  return buildDossier({ pair, records, asOf: options.asOf, today: options.today ?? partialDateFromDate(new Date()), mirrors: options.mirrors });
}
