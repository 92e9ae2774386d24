/**
 * Every migration's name, in the order they apply (names sort that way). The list is
 * its own module, without the migrations' code or Kysely, so that a quick read can tell
 * whether a SQLite file is at the current schema (sqlite-file.ts); index.ts maps each
 * name to its migration, and the compiler holds the two to the same names.
 * Add new ones at the end, never edit old ones.
 */
export const MIGRATION_NAMES = [
  '2026-11-28T0001-initial',
  '2026-11-28T0002-api-keys',
  '2026-11-28T0003-interactions',
  '2026-11-28T0004-party-index',
  '2026-11-28T0005-trade-years-index',
  '2026-11-28T0006-data-version',
  '2026-11-28T0007-relations',
  '2026-12-02T0008-record-revisions',
  '2026-12-02T0009-summaries',
  '2026-12-02T0010-watch',
  '2026-12-02T0011-country-summaries',
  '2026-12-03T0012-deferred-summaries',
  '2026-12-06T0013-date-order-indexes',
] as const;

export type MigrationName = (typeof MIGRATION_NAMES)[number];

/** The newest migration's name: the schema version a database is at when fully migrated. */
export const SCHEMA_VERSION: MigrationName = MIGRATION_NAMES[MIGRATION_NAMES.length - 1]!;
