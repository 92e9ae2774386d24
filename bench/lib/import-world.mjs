#!/usr/bin/env node
// Imports a world NDJSON bundle into one database through bilat's import path (the same
// runImport that `bilat import bundle` calls), in a process of its own so that its time
// and peak memory are its own. Unlike the command line it never seeds the curated
// dataset into the new database: the benchmark world must not mix with it.
//
//   node import-world.mjs FILE.ndjson --sqlite PATH | --postgres URL
// Prints one JSON line: { rows, created, seconds, peakRssMb }.
import { parseArgs } from 'node:util';
import { openDatabase } from '@bilat/db';
import { fileInput, runImport } from '@bilat/interchange';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sqlite: { type: 'string' }, postgres: { type: 'string' } } });
const config = values.sqlite ? { kind: 'sqlite', path: values.sqlite } : { kind: 'postgres', url: values.postgres };
const started = performance.now();
const database = await openDatabase(config, { seed: 'never' });
try {
  const report = await runImport(database, await fileInput(positionals[0]), { format: 'bundle', actor: 'bench:world' });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ rows: report.rows, created: report.total.created, seconds, peakRssMb })}\n`);
} finally {
  await database.close();
}
