import { existsSync } from 'node:fs';
import type * as SummaryLists from '@bilat/db/summaries';
import type { DataTarget } from '../config.js';
import { UsageError } from '../errors.js';
import type { BilatApi } from './source.js';

/**
 * The lists a cold start serves quickly, as the API's procedures give them: countries
 * with their totals and the pairs index (the UI's first screens, `bilat pairs`), the
 * meetings list (`bilat meetings --json`) and the count of proposals waiting for review
 * (the UI's inbox badge, asked right after the first screen: through the API it loaded
 * the whole API and delayed the first keys). On a local SQLite file that is already
 * migrated they are read straight from the database (`@bilat/db/summaries`), without
 * loading the API, zod or the record schemas. Anything else (a new or older database,
 * PostgreSQL, a server) goes through the API.
 */
export interface QuickReads {
  countries: { list: BilatApi['countries']['list'] };
  pairs: { list: BilatApi['pairs']['list'] };
  meetings: { list: BilatApi['meetings']['list'] };
  /** The header's badge: how many proposals wait for review. */
  inbox: { count: BilatApi['inbox']['count'] };
}

export interface QuickReader {
  reads: QuickReads;
  /** Loads what the pairs and meetings lists read with (Kysely), ahead of their first use. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** A procedure's input as callers pass it (tRPC types an optional input as `void`). */
type ListInput<T extends (input: never) => unknown> = Exclude<Parameters<T>[0], void | undefined>;

type MeetingsInput = ListInput<BilatApi['meetings']['list']>;

/** A region's countries for `--region`, named the way the API names an unknown one. */
async function regionCountries(region: string | undefined): Promise<string[] | undefined> {
  if (region === undefined) return undefined;
  const { findRegion } = await import('@bilat/domain/regions');
  const found = findRegion(region);
  if (!found) throw new UsageError(`Unknown region "${region}": give a UN M49 region or sub-region name (Central Asia) or code (143)`);
  return found.countries;
}

/** The longest `q` and `cursor` the API's list input takes (packages/api routers/shared.ts). */
const MAX_QUERY = 200;
const MAX_CURSOR = 2000;

/**
 * True when the API's input schema would take these meetings filters as they are. Only
 * such input is read quickly; anything else goes to the API, so a refusal names the
 * field in the API's words, as it always has.
 */
async function acceptedMeetingsInput(input: MeetingsInput): Promise<boolean> {
  const [{ isPartialDate }, { isPartyCode }, { FACT_STATUSES, MEETING_KINDS, MEETING_STAGES }, { isId }] = await Promise.all([
    import('@bilat/domain/dates'),
    import('@bilat/domain/parties'),
    import('@bilat/domain/kinds'),
    import('@bilat/domain/ids'),
  ]);
  const optional = <T>(value: T | undefined, test: (value: T) => boolean) => value === undefined || test(value);
  const among = (list: readonly string[]) => (value: string) => list.includes(value);
  return (
    optional(input.country, isPartyCode) &&
    optional(input.partner, isPartyCode) &&
    optional(input.from, isPartialDate) &&
    optional(input.to, isPartialDate) &&
    optional(input.status, among(FACT_STATUSES)) &&
    optional(input.q, (q) => q.length <= MAX_QUERY) &&
    optional(input.limit, (limit) => Number.isInteger(limit) && limit >= 1 && limit <= 500) &&
    optional(input.cursor, (cursor) => cursor.length <= MAX_CURSOR) &&
    optional(input.kind, among(MEETING_KINDS)) &&
    optional(input.stage, among(MEETING_STAGES)) &&
    [input.series, input.visit, input.person, input.organization].every((id) => optional(id, isId))
  );
}

/**
 * The quick reader for a local SQLite database that exists and has every migration, or
 * undefined (the caller then uses the API, which migrates or seeds as needed). `api` is
 * the full path, for what the quick one leaves to it.
 *
 * The countries (the UI's first screen) are read with better-sqlite3 alone
 * (`@bilat/db/summary-file`); Kysely, half a megabyte of code, loads for the pairs and
 * meetings lists only, and takes over the same connection.
 */
export async function openQuickReads(target: DataTarget, api: () => Promise<BilatApi>): Promise<QuickReader | undefined> {
  if (target.mode !== 'local' || target.database.kind !== 'sqlite') return undefined;
  const config = { ...target.database, readonly: true };
  const { path } = config;
  if (path === ':memory:' || !existsSync(path)) return undefined;
  const { openSummaryFile } = await import('@bilat/db/summary-file');
  // Read-only: these lists never write, and a read-only open takes no lock and sets no journal mode.
  const file = openSummaryFile(path);
  if (!file) return undefined;
  let full: Promise<{ lists: typeof SummaryLists; database: SummaryLists.BilatDatabase }> | undefined;
  const withKysely = () =>
    (full ??= import('@bilat/db/summaries').then((lists) => ({ lists, database: lists.connect(config, { sqlite: file.sqlite }) })));
  const reads: QuickReads = {
    countries: {
      list: async (given: ListInput<BilatApi['countries']['list']> | void) => {
        const input = given || {};
        return file.countries({ among: await regionCountries(input.region), sort: input.sort, withRecords: input.withRecords === true || input.withRecords === 'true' });
      },
    },
    pairs: {
      list: async (given: ListInput<BilatApi['pairs']['list']> | void) => {
        const input = given || {};
        const { lists, database } = await withKysely();
        return lists.listPairs(database, { country: input.country, among: await regionCountries(input.region), sort: input.sort, limit: input.limit, cursor: input.cursor });
      },
    },
    meetings: {
      list: async (given: MeetingsInput | void) => {
        const input = given || {};
        if (!(await acceptedMeetingsInput(input))) return (await api()).meetings.list(input);
        try {
          // The same data-layer call and filter mapping as the API's meetings.list (packages/api
          // routers/events.ts); a test holds the two paths' output equal.
          const { lists, database } = await withKysely();
          return await lists.listMeetings(lists.scopeOf(database), lists.meetingFilterOf(input));
        } catch {
          // A cursor the list cannot read, or any other failure: the API's own call reports it, as it always has.
          return (await api()).meetings.list(input);
        }
      },
    },
    inbox: { count: async () => ({ waiting: file.waitingProposals() }) },
  };
  return {
    reads,
    warm: async () => void (await withKysely()),
    // Kysely, once it has taken the connection over, closes it.
    close: async () => (full ? full.then(({ database }) => database.close(), () => file.close()) : file.close()),
  };
}
