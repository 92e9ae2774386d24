import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026-11-28T0001-initial.js';
import * as apiKeys from './2026-11-28T0002-api-keys.js';
import * as interactions from './2026-11-28T0003-interactions.js';
import * as partyIndex from './2026-11-28T0004-party-index.js';
import * as tradeYearsIndex from './2026-11-28T0005-trade-years-index.js';
import * as dataVersion from './2026-11-28T0006-data-version.js';
import * as relations from './2026-11-28T0007-relations.js';
import * as recordRevisions from './2026-12-02T0008-record-revisions.js';
import * as summaries from './2026-12-02T0009-summaries.js';
import * as watch from './2026-12-02T0010-watch.js';
import * as countrySummaries from './2026-12-02T0011-country-summaries.js';
import * as deferredSummaries from './2026-12-03T0012-deferred-summaries.js';
import * as dateOrderIndexes from './2026-12-06T0013-date-order-indexes.js';
import { SCHEMA_VERSION, type MigrationName } from './names.js';

/** Every migration, by name (names.ts lists them, in the order they apply). Add new ones, never edit old ones. */
export const migrations: Record<MigrationName, Migration> = {
  '2026-11-28T0001-initial': initial,
  '2026-11-28T0002-api-keys': apiKeys,
  '2026-11-28T0003-interactions': interactions,
  '2026-11-28T0004-party-index': partyIndex,
  '2026-11-28T0005-trade-years-index': tradeYearsIndex,
  '2026-11-28T0006-data-version': dataVersion,
  '2026-11-28T0007-relations': relations,
  '2026-12-02T0008-record-revisions': recordRevisions,
  '2026-12-02T0009-summaries': summaries,
  '2026-12-02T0010-watch': watch,
  '2026-12-02T0011-country-summaries': countrySummaries,
  '2026-12-03T0012-deferred-summaries': deferredSummaries,
  '2026-12-06T0013-date-order-indexes': dateOrderIndexes,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export { SCHEMA_VERSION };
