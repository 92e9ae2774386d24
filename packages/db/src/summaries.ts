/*
 * The quick read path (`@bilat/db/summaries`): connect to a database that is already
 * migrated and read the summaries its triggers keep, and the meetings list, without
 * loading the rest of the data layer (zod, the record schemas, the dataset). The command
 * line's first screen, `bilat pairs` and `bilat meetings --json` start with it;
 * everything else opens the database with openDatabase, which also migrates and seeds.
 */
export { connect, type BilatDatabase, type DatabaseConfig } from './connection.js';
export { upToDate } from './migrate.js';
export { scopeOf } from './scope.js';
export { listMeetings, meetingFilterOf, type MeetingFilter, type MeetingQuery } from './repositories/meeting-list.js';
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
