import { statSync } from 'node:fs';
import { Migrator, NO_MIGRATIONS, sql, type DatabaseIntrospector, type Kysely, type MigrationResultSet } from 'kysely';
import type { BilatDatabase } from './connection.js';
import type { Database } from './schema.js';
import { DatabaseUnreachableError, isConnectionError } from './errors.js';
import { migrationProvider, SCHEMA_VERSION } from './migrations/index.js';
import { MIGRATION_NAMES } from './migrations/names.js';
import { hasCurrentSchema } from './sqlite-file.js';

export { SCHEMA_VERSION };

export class MigrationError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * A migrator whose bookkeeping tables live in the schema the connection works in.
 * Kysely otherwise looks for them in every schema it can see, and takes another
 * schema's table for its own when several bilat databases share one server.
 */
async function migratorFor(database: BilatDatabase): Promise<Migrator> {
  // Migrations written side by side on branches land in either order (0010-watch was applied
  // on some databases before 0009-summaries existed); each is additive and stands alone, so a
  // missing earlier one is applied rather than refusing to open the database.
  const ordering = { allowUnorderedMigrations: true } as const;
  if (database.dialect !== 'postgres') return new Migrator({ db: database.db, provider: migrationProvider, ...ordering });
  let schema: string;
  try {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
    schema = rows[0]!.schema;
  } catch (error) {
    if (isConnectionError(error)) throw new DatabaseUnreachableError(database.location, error);
    throw error;
  }
  return new Migrator({ db: scopedToCurrentSchema(database.db), provider: migrationProvider, migrationTableSchema: schema, ...ordering });
}

/**
 * The Kysely handle with an introspector that sees only the connection's own schema.
 * Kysely's migrator asks for every table of every schema, and PostgreSQL's introspection
 * query resolves schema names as text: when another database on the same server drops its
 * schema meanwhile (test suites, tenants), the query fails with "schema … does not exist".
 * The migrator only needs to know whether its two bookkeeping tables exist here.
 */
function scopedToCurrentSchema(db: Kysely<Database>): Kysely<Database> {
  const introspection: DatabaseIntrospector = {
    getSchemas: () => db.introspection.getSchemas(),
    getMetadata: async () => ({ tables: await introspection.getTables() }),
    getTables: async () => {
      const { rows } = await sql<{ name: string; schema: string; kind: string }>`
        select c.relname as name, n.nspname as schema, c.relkind as kind
        from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v')`.execute(db);
      return rows.map((row) => ({ name: row.name, schema: row.schema, isView: row.kind === 'v', columns: [] }));
    },
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, property, target);
      // Kysely's methods use private fields, so they must run on the real instance.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Whether a SQLite database already has exactly the known migrations applied: one read
 * (sqlite-file.ts), where Kysely's migrator creates its tables if missing and takes its
 * lock in a write transaction on every open (a command's cold start paid for that each
 * time). Anything else — no table yet, a migration missing or unknown — goes to the migrator.
 */
export async function upToDate(database: BilatDatabase): Promise<boolean> {
  return database.dialect === 'sqlite' && database.sqlite !== undefined && hasCurrentSchema(database.sqlite);
}

/** Applies every migration not yet applied, in order; returns the names applied now. */
export async function migrateToLatest(database: BilatDatabase): Promise<string[]> {
  if (await upToDate(database)) return [];
  const migrator = await migratorFor(database);
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    if (isConnectionError(result.error)) throw new DatabaseUnreachableError(database.location, result.error);
    const failed = result.results?.find((step) => step.status === 'Error')?.migrationName;
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    // With no step named, it failed while reading which migrations were applied.
    const what = failed ? `Migration ${failed} failed` : 'Could not read the applied migrations';
    throw new MigrationError(`${what} on ${database.location}: ${reason}`, result.error);
  }
  return (result.results ?? []).filter((step) => step.status === 'Success').map((step) => step.migrationName);
}

/** The migrations already applied, oldest first. */
export async function appliedMigrations(database: BilatDatabase): Promise<string[]> {
  const migrator = await migratorFor(database);
  const all = await migrator.getMigrations();
  return all.filter((migration) => migration.executedAt).map((migration) => migration.name);
}

/**
 * The newest known migration applied (null when none is), for a health check: one read of
 * the bookkeeping table, where appliedMigrations starts Kysely's migrator and introspects
 * every table (2-3 ms on each call). A database without the table yet (never migrated)
 * goes to the migrator, which tells that apart from one that cannot be reached. On SQLite,
 * a file removed (or replaced) since it was opened is reported: the open handle would
 * still read the deleted file, and a health check saying "ok" then would be a lie.
 */
export async function appliedSchema(database: BilatDatabase): Promise<string | null> {
  if (database.file) checkSqliteFile(database);
  let names: string[];
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
    names = rows.map((row) => row.name);
  } catch (error) {
    if (isConnectionError(error)) throw new DatabaseUnreachableError(database.location, error);
    names = await appliedMigrations(database);
  }
  // Names sort in the order migrations apply; one this version does not know says nothing of its schema.
  const known = new Set<string>(MIGRATION_NAMES);
  return names.filter((name) => known.has(name)).sort().at(-1) ?? null;
}

/** Throws when the SQLite file the database was opened on is no longer at its path. */
function checkSqliteFile(database: BilatDatabase): void {
  const path = (database.config as { path: string }).path;
  let now: { dev: number; ino: number };
  try {
    now = statSync(path);
  } catch (error) {
    throw new DatabaseUnreachableError(database.location, new Error(`the file is gone (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`));
  }
  const opened = database.file;
  if (opened && (opened.dev !== now.dev || opened.ino !== now.ino)) {
    throw new DatabaseUnreachableError(database.location, new Error('the file was replaced since it was opened'));
  }
}

/** Undoes every migration (used by `bilat db reset` before migrating again). */
export async function migrateToEmpty(database: BilatDatabase): Promise<void> {
  const migrator = await migratorFor(database);
  const result = await migrator.migrateTo(NO_MIGRATIONS);
  if (result.error) throw new MigrationError(`Could not undo migrations on ${database.location}`, result.error);
}
