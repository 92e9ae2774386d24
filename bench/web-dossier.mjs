#!/usr/bin/env node
// The dossier page's cost to a reader: first-load JavaScript (the gzipped size of every
// <script src> the HTML loads) and the server's response time (median and p95 over 50
// requests after a warm-up). `npm run bench` runs the same measurement on the world.
//
//   node bench/web-dossier.mjs                          # starts the built web server on a fresh seeded database
//   node bench/web-dossier.mjs --url http://localhost:3000 [--pair KZ-LT] [--requests 50]
//
// It builds nothing: run `npm run build` first when starting a server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measurePage, startWebServer } from './lib/web.mjs';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.BILAT_WEB_URL },
    pair: { type: 'string', default: 'KZ-LT' },
    requests: { type: 'string', default: '50' },
  },
});

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const directory = options.url ? undefined : mkdtempSync(join(tmpdir(), 'bilat-bench-'));
// A fresh file: the web server creates, migrates and seeds it (never the repository's own database).
const server = options.url ? { url: options.url.replace(/\/$/, ''), stop: async () => {} } : await startWebServer({ BILAT_DB: join(directory, 'bilat.db') });
try {
  const result = await measurePage({ url: server.url, path: `/pairs/${options.pair}`, requests: Number(options.requests) });
  const { firstLoadJs: js, response } = result;
  console.log(`Dossier ${server.url}${result.page}\n`);
  console.log('| script | raw | gzip |');
  console.log('| --- | ---: | ---: |');
  for (const s of js.scripts) console.log(`| ${s.src} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
  console.log(`| **first-load JS (${js.scripts.length} scripts)** | ${kb(js.raw)} | **${kb(js.gzip)}** |`);
  console.log('');
  console.log('| measure | value |');
  console.log('| --- | ---: |');
  console.log(`| HTML size (uncompressed / gzip) | ${kb(result.htmlBytes)} / ${kb(result.htmlGzip)} |`);
  console.log(`| first-load JS, gzip | ${kb(js.gzip)} (target < 150 KB) |`);
  console.log(`| response time, median (${response.n} requests) | ${response.p50.toFixed(1)} ms |`);
  console.log(`| response time, p95 | ${response.p95.toFixed(1)} ms |`);
  console.log(`| response time, min / max | ${response.min.toFixed(1)} / ${response.max.toFixed(1)} ms |`);
  if (js.gzip >= 150 * 1024) process.exitCode = 1;
} finally {
  await server.stop();
  if (directory) rmSync(directory, { recursive: true, force: true });
}
