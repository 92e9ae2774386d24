import type SqliteDriver from 'better-sqlite3';
import { COUNTRY_TOTAL_COLUMNS, countryList, countryTotalsOf, type CountryListFilter, type CountrySummary, type CountryTotalsRow } from './repositories/country-list.js';
import { hasCurrentSchema, openSqliteFile } from './sqlite-file.js';

/*
 * The quickest read path (`@bilat/db/summary-file`): a SQLite file at the current schema,
 * opened with better-sqlite3 alone, and the countries list from the totals it keeps. No
 * Kysely and no zod load: the terminal UI's first screen is drawn from this while the
 * rest is still to load. Every other read goes through Kysely (`@bilat/db/summaries`),
 * which can take over this file's connection (ConnectOptions.sqlite).
 */

export type { CountryListFilter, CountrySummary };

export interface SummaryFile {
  /** The open connection (read-only), for Kysely to take over. */
  sqlite: SqliteDriver.Database;
  /** The countries list, as listCountries gives it. */
  countries(filter?: CountryListFilter): CountrySummary[];
  /** How many proposals wait for review, as countProposals(scope, 'waiting') counts them (the UI's inbox badge). */
  waitingProposals(): number;
  close(): void;
}

const COUNTRY_TOTALS_SQL = `select ${COUNTRY_TOTAL_COLUMNS.join(', ')} from country_summaries`;
const WAITING_PROPOSALS_SQL = `select count(*) as n from proposals where status = 'waiting'`;

/**
 * Opens a SQLite file read-only if it is at the current schema; undefined (and closed
 * again) when it is not, for the caller to open it the usual way, which migrates it.
 * A file that does not exist is an error (SqliteError SQLITE_CANTOPEN).
 */
export function openSummaryFile(path: string): SummaryFile | undefined {
  const sqlite = openSqliteFile(path, true);
  if (!hasCurrentSchema(sqlite)) {
    sqlite.close();
    return undefined;
  }
  return {
    sqlite,
    countries: (filter = {}) => countryList(countryTotalsOf(sqlite.prepare(COUNTRY_TOTALS_SQL).all() as CountryTotalsRow[]), filter),
    waitingProposals: () => (sqlite.prepare(WAITING_PROPOSALS_SQL).get() as { n: number }).n,
    close: () => sqlite.close(),
  };
}
