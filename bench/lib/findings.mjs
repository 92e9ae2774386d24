// What the bench found and what was changed because of it, with the numbers measured
// before and after (on the 2-core reference machine; "before" runs were made while the
// world was being imported beside them, so they are noisy, but the differences are not).
// The report prints these beside the run's own profile and query plans.
export const FINDINGS = [
  {
    title: 'Deep meetings page: the keyset condition defeated the sort index (SQLite)',
    found:
      'EXPLAIN QUERY PLAN of `meetings.list` after 25,000 meetings: `MULTI-INDEX OR` over meetings_date (date_sort<?) and (date_sort=?), then `USE TEMP B-TREE FOR ORDER BY` — every meeting past the cursor read and sorted to return 50. The statement took 70 ms alone (24 ms in the server, p50 of the call 38 ms).',
    fix: 'packages/db lists.ts: the cursor condition also bounds the sort column on its own (`date_sort <= ? and (date_sort < ? or id > ?)`), which the planner turns into one index range: `SEARCH … USING INDEX meetings_date (date_sort<?)`.',
    after: 'The statement takes 0.2 ms alone; the call’s D p50 went from 32.9 ms to 0.28 ms.',
  },
  {
    title: 'A pair’s agreements scanned every agreement’s parties (SQLite)',
    found:
      'EXPLAIN QUERY PLAN of the dossier’s agreements statement: `SEARCH record_parties USING COVERING INDEX sqlite_autoindex_record_parties_1 (kind=?)` twice — the primary key (kind, record_id, party) read for all 20,000 agreement rows, preferred over record_parties_party (party, kind) because that one lacks record_id. 4.5 ms alone.',
    fix: 'Migration 2026-11-28T0004-party-index: record_parties (party, kind, record_id) replaces (party, kind).',
    after: '`SEARCH record_parties USING COVERING INDEX record_parties_party_record (party=? AND kind=?)`; 0.15 ms alone.',
  },
  {
    title: 'Kysely prepares every SQLite statement anew',
    found: 'CPU profile of the API under load (`--cpu-prof`): better-sqlite3’s `prepare` was the largest single function, 6.7% of the server’s CPU at small scale.',
    fix: 'packages/db connection.ts hands Kysely a driver that reuses prepared statements (the 200 most recent; never one still being iterated).',
    after: 'prepare fell to under 1% of the profile.',
  },
  {
    title: 'World import into PostgreSQL spent most of its time deleting nothing',
    found:
      'Sampling pg_stat_activity during the world import: 9 of 10 samples were `delete from record_parties/record_links where … in (500 ids)` — the child rows of records that had just been created and could have none. PostgreSQL was at 94% CPU, the importer idle; the database grew about 2 MB/s.',
    fix: 'packages/db records.ts: only records that existed before have their links, parties and participants deleted before being rewritten (records are never deleted outright, so a new one has none).',
    after: 'The database grew about 8 MB/s; the world (2.5 M records) imports through `runImport` in the time shown above.',
  },
  {
    title: 'Dossier requests/s at concurrency 50 (not met; what bounds it)',
    found:
      'At world scale the busiest pair’s dossier is a ~190 KB JSON answer built from ~20 statements. The CPU profile (below) puts the server’s time in zod (output validation of the whole dossier), Kysely (building each statement), @bilat/db and @bilat/domain (parsing bodies, building the dossier), tRPC’s fetch-style request handling and garbage collection, with SQLite itself a small share; autocannon shares the same two cores. Even a bare node:http server sending the same bytes is measured beside it, for the ceiling.',
    fix: 'Tried: the index and statement reuse above (fewer and cheaper statements). Not done: caching whole dossier answers (keyed by pair and a data version, e.g. SQLite’s data_version with total_changes(), or a version row bumped by every write on PostgreSQL) and skipping tRPC’s output validation for it — the next steps, described in docs/scaling.md terms as a cache in front of stateless replicas.',
    after: 'See the throughput table: the API stays well under the target; the gap to the bare server is the per-request work listed above.',
  },
];
