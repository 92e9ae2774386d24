import { existsSync } from 'node:fs';
import type { DataTarget } from '../config.js';
import { UsageError } from '../errors.js';
import type { BilatApi } from './source.js';

/**
 * The world lists — countries with their totals, and the pairs index — as the API's
 * `countries.list` and `pairs.list` give them. They are the UI's first screen and
 * `bilat pairs`, so they start quickly: on a local SQLite file that is already migrated
 * they are read straight from the kept summaries (`@bilat/db/summaries`), without loading
 * the API, zod or the record schemas. Anything else (a new or older database,
 * PostgreSQL, a server) goes through the API.
 */
export interface WorldReads {
  countries: { list: BilatApi['countries']['list'] };
  pairs: { list: BilatApi['pairs']['list'] };
}

export interface QuickWorld {
  reads: WorldReads;
  close(): Promise<void>;
}

/** A procedure's input as callers pass it (tRPC types an optional input as `void`). */
type ListInput<T extends (input: never) => unknown> = Exclude<Parameters<T>[0], void | undefined>;

/** A region's countries for `--region`, named the way the API names an unknown one. */
async function regionCountries(region: string | undefined): Promise<string[] | undefined> {
  if (region === undefined) return undefined;
  const { findRegion } = await import('@bilat/domain/regions');
  const found = findRegion(region);
  if (!found) throw new UsageError(`Unknown region "${region}": give a UN M49 region or sub-region name (Central Asia) or code (143)`);
  return found.countries;
}

/**
 * The quick reader for a local SQLite database that exists and has every migration, or
 * undefined (the caller then uses the API, which migrates or seeds as needed).
 */
export async function openQuickWorld(target: DataTarget): Promise<QuickWorld | undefined> {
  if (target.mode !== 'local' || target.database.kind !== 'sqlite') return undefined;
  const { path } = target.database;
  if (path === ':memory:' || !existsSync(path)) return undefined;
  const { connect, upToDate, listCountries, listPairs } = await import('@bilat/db/summaries');
  // Read-only: these lists never write, and a read-only open takes no lock and sets no journal mode.
  const database = connect({ ...target.database, readonly: true });
  try {
    if (!(await upToDate(database))) {
      await database.close();
      return undefined;
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const reads: WorldReads = {
    countries: {
      list: async (given: ListInput<BilatApi['countries']['list']> | void) => {
        const input = given || {};
        return listCountries(database, { among: await regionCountries(input.region), sort: input.sort, withRecords: input.withRecords === true || input.withRecords === 'true' });
      },
    },
    pairs: {
      list: async (given: ListInput<BilatApi['pairs']['list']> | void) => {
        const input = given || {};
        return listPairs(database, { country: input.country, among: await regionCountries(input.region), sort: input.sort, limit: input.limit, cursor: input.cursor });
      },
    },
  };
  return { reads, close: () => database.close() };
}
