import type { Measure, PartyInfo } from '@bilat/domain';
import { allParties, comparePartiesByName } from '@bilat/domain/parties';
import type { CountrySummariesTable } from '../schema.js';

/*
 * The countries list from each party's kept totals (the country summaries, migration
 * 0011). No Kysely and no runtime code of @bilat/domain's index (zod): the totals are
 * read through Kysely by countrySummaries (summaries.ts) and straight from a SQLite file
 * by the quick reads (summary-file.ts), and both build the list here.
 */

/** A party's kept totals: the country_summaries row without its key (schema.ts holds the one definition). */
export type CountryTotals = Omit<CountrySummariesTable, 'party'>;

export interface CountrySummary extends PartyInfo, CountryTotals {}

/** The columns of country_summaries a list reads, the party first. */
export const COUNTRY_TOTAL_COLUMNS = ['party', 'meetings', 'visits', 'agreements', 'relations', 'records', 'partners'] as const satisfies readonly (keyof CountrySummariesTable)[];

/** A row of those columns (PostgreSQL gives its bigint counts as strings). */
export type CountryTotalsRow = Record<(typeof COUNTRY_TOTAL_COLUMNS)[number], string | number>;

/** Each party's totals, by code, from rows of COUNTRY_TOTAL_COLUMNS. */
export function countryTotalsOf(rows: readonly CountryTotalsRow[]): Map<string, CountryTotals> {
  return new Map(
    rows.map((row) => [
      String(row.party),
      {
        meetings: Number(row.meetings),
        visits: Number(row.visits),
        agreements: Number(row.agreements),
        relations: Number(row.relations),
        records: Number(row.records),
        partners: Number(row.partners),
      },
    ]),
  );
}

export interface CountryListFilter {
  /** Only these parties (a region's countries). */
  among?: readonly string[];
  /** Most first by this measure, then by name; by code when absent. */
  sort?: Measure;
  /** Only parties some record of a pair concerns. */
  withRecords?: boolean;
}

const NONE: CountryTotals = { meetings: 0, visits: 0, agreements: 0, relations: 0, records: 0, partners: 0 };

/** Every party bilat knows with its totals (zero where it has no pair), filtered and sorted: the countries list. */
export function countryList(totals: ReadonlyMap<string, CountryTotals>, filter: CountryListFilter = {}): CountrySummary[] {
  const among = filter.among ? new Set(filter.among) : undefined;
  const countries = allParties()
    .filter((party) => !among || among.has(party.code))
    .map((party) => ({ ...party, ...(totals.get(party.code) ?? NONE) }))
    .filter((party) => !filter.withRecords || party.records > 0);
  const sort = filter.sort;
  if (sort) countries.sort((x, y) => y[sort] - x[sort] || comparePartiesByName(x.code, y.code));
  return countries;
}
