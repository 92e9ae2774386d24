import type { createCaller } from '@bilat/api';
import { describeTarget, resolveDataTarget, type DataTarget, type Env, type GlobalOptions } from '../config.js';
import type { QuickReader, QuickReads } from './quick.js';

/**
 * The one seam between bilat's commands and screens and the data: the API's procedures,
 * called in-process over a local database or through the typed client of a running
 * server. Both have the same shape (`api.meetings.list(input)`), so nothing above this
 * file knows which it is talking to.
 */
export type BilatApi = ReturnType<typeof createCaller>;

export interface DataSource {
  target: DataTarget;
  /** The database path, redacted URL or server address, for status lines. */
  location: string;
  /** Opens on first use (creating, migrating and seeding a new local database) and returns the API. */
  api(): Promise<BilatApi>;
  /**
   * The countries, pairs and meetings lists alone: read quickly from a local, migrated
   * SQLite file (the API, zod and the record schemas stay unloaded), else the API's.
   */
  quick(): Promise<QuickReads>;
  /**
   * Loads in the background what the quick lists after the first need (the countries are
   * read without Kysely; the pairs and meetings lists load it): the UI calls this once its
   * first frame is drawn, so that the pairs are a key away as quickly as the countries.
   */
  warm(): void;
  close(): Promise<void>;
}

/** Time a server gets to answer one request before bilat gives up on it. */
const REQUEST_TIMEOUT_MS = 30_000;

async function openLocal(target: Extract<DataTarget, { mode: 'local' }>) {
  // Loaded here, not at the top, so a command talking to a server never loads the database drivers.
  const [{ openDatabase, localActor }, { createCaller: makeCaller, createInnerContext, localCaller }] = await Promise.all([
    import('@bilat/db'),
    import('@bilat/api'),
  ]);
  const database = await openDatabase(target.database);
  const api = makeCaller(createInnerContext({ database, caller: localCaller(localActor()) }));
  return { api, close: () => database.close() };
}

async function openRemote(target: Extract<DataTarget, { mode: 'remote' }>) {
  const [{ createBilatClient }, { remoteCaller, guardedFetch }] = await Promise.all([import('@bilat/client'), import('./remote.js')]);
  const client = createBilatClient({ url: target.url, apiKey: target.apiKey, fetch: guardedFetch(target.url, REQUEST_TIMEOUT_MS) });
  return { api: remoteCaller(client), close: async () => {} };
}

/** The data source the global options name; nothing is opened until `api()` is called. */
export function createDataSource(options: GlobalOptions, env: Env = process.env): DataSource {
  const target = resolveDataTarget(options, env);
  let opened: Promise<{ api: BilatApi; close(): Promise<void> }> | undefined;
  let quick: Promise<QuickReader | undefined> | undefined;
  const api = async () => {
    opened ??= target.mode === 'local' ? openLocal(target) : openRemote(target);
    try {
      return (await opened).api;
    } catch (error) {
      // A failed open (server down, database unreachable) may be retried, e.g. with `r` in the UI.
      opened = undefined;
      throw error;
    }
  };
  return {
    target,
    location: describeTarget(target),
    api,
    quick: async () => {
      quick ??= import('./quick.js').then(({ openQuickReads }) => openQuickReads(target, api));
      try {
        // Not quick here (a new or older database, PostgreSQL, a server): the API's own procedures.
        return (await quick)?.reads ?? (await api());
      } catch (error) {
        quick = undefined;
        throw error;
      }
    },
    warm: () => {
      // A failure here shows, if it lasts, in the read that needed it.
      quick?.then((reader) => reader?.warm()).catch(() => {});
    },
    close: async () => {
      const current = opened;
      const reader = quick;
      opened = undefined;
      quick = undefined;
      if (current) await current.then((handle) => handle.close(), () => {});
      if (reader) await reader.then((handle) => handle?.close(), () => {});
    },
  };
}

/** Runs `work` with the API of the data source the options name, and always closes it. */
export async function withApi<T>(options: GlobalOptions, work: (api: BilatApi, source: DataSource) => Promise<T>): Promise<T> {
  const source = createDataSource(options);
  try {
    return await work(await source.api(), source);
  } finally {
    await source.close();
  }
}

/** Runs `work` with the quick lists of the data source the options name (see DataSource.quick), and always closes it. */
export async function withQuickReads<T>(options: GlobalOptions, work: (reads: QuickReads) => Promise<T>): Promise<T> {
  const source = createDataSource(options);
  try {
    return await work(await source.quick());
  } finally {
    await source.close();
  }
}
