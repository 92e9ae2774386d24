// The two scales the bench runs at. `world` is what the targets are set for; `small` runs
// the same harness on a world small enough for `npm test` (its numbers mean nothing).
// `quick` shortens every duration and run count, not the data.

/** World generator parameters (see world.mjs), by scale. */
export const WORLD_SIZES = {
  world: {},
  small: { countries: 20, years: 5, series: 20, roundsPerSeries: 5, people: 200, agreements: 100, sources: 50 },
};

/** How long and how often each measurement runs. */
export function durations(scale, quick) {
  const small = scale === 'small';
  return {
    // Sequential requests per API measurement (after a warm-up of a tenth of them).
    apiRequests: quick ? (small ? 60 : 300) : 1000,
    // autocannon at concurrency 50, seconds.
    throughputSeconds: quick ? (small ? 3 : 10) : 30,
    // The soak: 5 minutes, or 30 seconds with --quick (and in CI).
    soakSeconds: quick ? 30 : 300,
    // Web page requests.
    webRequests: quick ? (small ? 20 : 50) : 200,
    // Cold starts of the command line (the TUI's are half as many).
    cliRuns: quick ? (small ? 3 : 7) : 15,
    // Import throughput: Comtrade rows written to a CSV and imported three ways.
    importRows: small ? 20_000 : quick ? 200_000 : 1_000_000,
    // Drafts of the 5,000-word text (after three unmeasured).
    extractRuns: quick ? 5 : 15,
    // Reports the watcher fetches, drafts and stores from the local newsroom.
    watchReports: small ? 20 : quick ? 100 : 300,
  };
}

/** The targets of issue 7, at world scale on the 2-core reference machine. */
export const TARGETS = {
  dossierP99Sqlite: { max: 25, unit: 'ms', label: 'dossier p99, SQLite' },
  dossierP99Postgres: { max: 40, unit: 'ms', label: 'dossier p99, PostgreSQL' },
  overheadRatio: { max: 2, unit: '×', label: 'overhead ratio API p50 / (D p50 + H p50), worst call' },
  dossierRps: { min: 2000, unit: 'req/s', label: 'dossier requests/s at concurrency 50, SQLite' },
  dossierErrors: { max: 0, unit: 'errors', label: 'errors in that run' },
  serverRss: { max: 250, unit: 'MB', label: 'API server peak RSS' },
  cliColdStart: { max: 3, unit: '× node -e 0', label: '`bilat meetings --json` cold start' },
  tuiFirstScreen: { max: 400, unit: 'ms', label: 'TUI first screen' },
  // Issue 13 (which also set the overhead bound at 2 ×, above).
  dossierBytes: { max: 64, unit: 'KB', label: 'dossier JSON, busiest pair' },
  dossierRpsComputed: { min: 300, unit: 'req/s', label: 'dossier requests/s at concurrency 50, SQLite, every answer computed' },
  webHomeP50: { max: 30, unit: 'ms', label: 'home page (map) server time p50' },
  webCountryP50: { max: 30, unit: 'ms', label: 'busiest country page server time p50' },
  webPairP50: { max: 30, unit: 'ms', label: 'pair page server time p50' },
  pairsColdStart: { max: 3, unit: '× node -e 0', label: '`bilat pairs --limit 50` cold start' },
  soakErrors: { max: 0, unit: 'errors', label: 'soak errors' },
  // Issue 12: the Office of the Historian's snapshot, and the default data it ships.
  hsgImportSeconds: { max: 60, unit: 's', label: '`bilat import hsg` of the whole snapshot, SQLite' },
  hsgImportRss: { max: 300, unit: 'MB', label: 'its peak memory (RSS)' },
  seedSeconds: { max: 30, unit: 's', label: '`bilat db seed` (curated set and hsg bundle), SQLite' },
};
