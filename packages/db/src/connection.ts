import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type SqliteDriver from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver as KyselySqliteDriver, type DatabaseConnection, type Driver, type LogEvent, type SqliteDatabase, type SqliteDialectConfig, type TransactionSettings } from 'kysely';
import type PgModule from 'pg';
import type { Database } from './schema.js';
import { openSqliteFile } from './sqlite-file.js';
import { prepareReads } from './pg-prepared.js';

// The PostgreSQL driver loads only when a PostgreSQL database is opened: a SQLite
// command should not pay for it at start-up.
const require = createRequire(import.meta.url);
const loadPg = (): typeof PgModule => require('pg') as typeof PgModule;

export type DialectName = 'sqlite' | 'postgres';

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string; readonly?: boolean }
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

/** A statement the database ran: its SQL, its parameters and how long it took (benchmarks replay them). */
export interface QueryLogEntry {
  sql: string;
  parameters: readonly unknown[];
  durationMs: number;
  /** Set when the statement failed. */
  error?: unknown;
}

export interface ConnectOptions {
  /** Called after every statement (Kysely's `log` hook); absent, nothing is logged and nothing costs. */
  onQuery?: (entry: QueryLogEntry) => void;
  /**
   * A SQLite connection to this file already open (openSqliteFile, with the same `readonly`):
   * used instead of opening another, and closed with the database.
   */
  sqlite?: SqliteDriver.Database;
}

/** Kysely's log option for a query callback. */
function queryLog(onQuery: ConnectOptions['onQuery']) {
  if (!onQuery) return {};
  return {
    log: (event: LogEvent) =>
      onQuery({
        sql: event.query.sql,
        parameters: event.query.parameters,
        durationMs: event.queryDurationMillis,
        ...(event.level === 'error' ? { error: event.error } : {}),
      }),
  };
}

/** An open database: the Kysely handle, which dialect it speaks, and how to close it. */
export interface BilatDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where it lives, for messages: a file path or a URL without its password. */
  location: string;
  /** How it was opened (for backups, which work on the file or call pg_dump). */
  config: DatabaseConfig;
  /** The SQLite connection itself, for its online backup API; absent on PostgreSQL. */
  sqlite?: SqliteDriver.Database;
  /** The SQLite file as opened (device and inode), to tell when it has been removed or replaced since; absent in memory and on PostgreSQL. */
  file?: { dev: number; ino: number };
  close(): Promise<void>;
}

/**
 * The driver as Kysely sees it, with prepared statements reused. Kysely prepares every
 * query anew; at world scale preparing was the largest single cost of the API's CPU
 * profile on SQLite. The most recently used statements are kept (statements with long
 * IN lists come in many shapes); one still being iterated is never handed out twice.
 */
function reusingStatements(driver: SqliteDriver.Database, size = 200): SqliteDatabase {
  const cache = new Map<string, SqliteDriver.Statement>();
  return {
    close: () => driver.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Most recently used last: Map keeps insertion order.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = driver.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
}

/**
 * SQLite transactions that take the write lock when they begin (BEGIN IMMEDIATE). Every
 * transaction bilat opens writes, and most read first (a revision check, a consistency
 * check): begun as a plain deferred transaction, another process could commit between
 * that read and the first write, which SQLite then refuses outright (SQLITE_BUSY_SNAPSHOT)
 * instead of waiting. Taking the lock first makes a second writer wait its turn
 * (busy_timeout) and read what the first one wrote.
 */
class ImmediateTransactionsDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new (class extends KyselySqliteDriver {
      override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
        // A read-only one (a read snapshot, scope.ts) takes no write lock: it must not hold up
        // other processes' writes, and WAL lets it keep reading what it began with meanwhile.
        await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin deferred' : 'begin immediate'));
      }
    })(this.#config);
  }
}

function openSqlite(path: string, readonly = false, options: ConnectOptions = {}): BilatDatabase {
  const driver = options.sqlite ?? openSqliteFile(path, readonly);
  // A read-only file cannot take the write lock; its (refused) writes begin as usual.
  const Dialect = readonly ? SqliteDialect : ImmediateTransactionsDialect;
  const db = new Kysely<Database>({ dialect: new Dialect({ database: reusingStatements(driver) }), ...queryLog(options.onQuery) });
  const { dev, ino } = path === ':memory:' ? { dev: 0, ino: 0 } : statSync(path);
  return {
    db,
    dialect: 'sqlite',
    location: path,
    config: { kind: 'sqlite', path, readonly },
    sqlite: driver,
    ...(path === ':memory:' ? {} : { file: { dev, ino } }),
    close: () => db.destroy(),
  };
}

/** The URL as it may be printed: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

function openPostgres(url: string, schema?: string, poolSize = 10, options: ConnectOptions = {}): BilatDatabase {
  const pool = new (loadPg().Pool)({
    connectionString: url,
    max: poolSize,
    // A schema of its own (tests, several datasets on one server) is set per connection.
    ...(schema ? { options: `-c search_path=${quoteIdentifier(schema)}` } : {}),
  });
  // A client that loses its server (a restart, a network cut) emits 'error'; without a
  // listener that would crash the process. The failed query rejects on its own, and the
  // pool replaces the client, so the API recovers without a restart.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
    prepareReads(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...queryLog(options.onQuery) });
  return { db, dialect: 'postgres', location: redactUrl(url), config: { kind: 'postgres', url, schema, poolSize }, close: () => db.destroy() };
}

export function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new RangeError(`Not a safe schema name: "${name}"`);
  return `"${name}"`;
}

/** Opens (but does not migrate) the database the configuration names. */
export function connect(config: DatabaseConfig, options: ConnectOptions = {}): BilatDatabase {
  return config.kind === 'sqlite'
    ? openSqlite(config.path, config.readonly, options)
    : openPostgres(config.url, config.schema, config.poolSize, options);
}
