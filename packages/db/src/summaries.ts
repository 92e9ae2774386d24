/*
 * The quick read path (`@bilat/db/summaries`): connect to a database that is already
 * migrated and read the summaries its triggers keep, without loading the rest of the data
 * layer (zod, the record schemas, the dataset). The command line's first screen and
 * `bilat pairs` start with it; everything else opens the database with openDatabase,
 * which also migrates and seeds.
 */
export { connect, type BilatDatabase, type DatabaseConfig } from './connection.js';
export { upToDate } from './migrate.js';
export {
  countrySummaries,
  listCountries,
  listPairs,
  type CountryListFilter,
  type CountrySummary,
  type PairListFilter,
  type PairPage,
  type PairSummary,
} from './repositories/summaries.js';
