// Where one dossier's time goes inside the server, measured in the bench's own process
// with the same packages the API uses: loading the records (the SQL through Kysely and
// parsing their JSON bodies; no sources, as the API loads them), building the dossier,
// cutting the compact answer from it (trade as series, sections paged), loading the
// sources that answer carries, validating it against the API's output schema (what
// tRPC's .output() does under test), and serialising it.
import { getRecords, loadPairRecords, openDatabase, scopeOf } from '@bilat/db';
import { buildDossier, compactDossier, compactDossierSourceIds, pairDossierSchema, partialDateFromDate } from '@bilat/domain';
import { summarize } from './stats.mjs';

export async function dossierBreakdown({ backend, pair, runs }) {
  const config = backend.kind === 'sqlite' ? { kind: 'sqlite', path: backend.path } : { kind: 'postgres', url: backend.url };
  const database = await openDatabase(config, { seed: 'never', migrate: false });
  try {
    const scope = scopeOf(database);
    const today = partialDateFromDate(new Date());
    const lean = { tradeSources: false, sources: false };
    const records = await loadPairRecords(scope, pair, lean);
    const dossier = buildDossier({ pair, records, today });
    const compact = compactDossier(dossier);
    compact.sources = await getRecords(scope, 'source', compactDossierSourceIds(compact));
    const steps = {
      load: () => loadPairRecords(scope, pair, lean),
      build: () => buildDossier({ pair, records, today }),
      compact: () => compactDossier(dossier),
      sources: () => getRecords(scope, 'source', compactDossierSourceIds(compact)),
      validate: () => pairDossierSchema.parse(compact),
      serialise: () => JSON.stringify({ result: { data: compact } }),
    };
    const times = Object.fromEntries(Object.keys(steps).map((name) => [name, []]));
    for (let i = 0; i < Math.max(5, Math.ceil(runs / 5)); i++) for (const step of Object.values(steps)) await step();
    // Interleaved, so that load on the machine weighs on every step alike.
    for (let i = 0; i < runs; i++) {
      for (const [name, step] of Object.entries(steps)) {
        const started = performance.now();
        await step();
        times[name].push(performance.now() - started);
      }
    }
    return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, summarize(values)]));
  } finally {
    await database.close();
  }
}
