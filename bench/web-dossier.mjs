#!/usr/bin/env node
// The dossier page's cost to a reader: first-load JavaScript (the gzipped size of every
// <script src> the HTML loads) and the server's response time (median and p95 over 50
// requests after a warm-up).
//
//   node bench/web-dossier.mjs                          # starts the built web server on a fresh seeded database
//   node bench/web-dossier.mjs --url http://localhost:3000 [--pair KZ-LT] [--requests 50]
//
// It builds nothing: run `npm run build` first when starting a server.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.BILAT_WEB_URL },
    pair: { type: 'string', default: 'KZ-LT' },
    requests: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
  },
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `apps/web` (already built) on a temporary seeded SQLite file; never the repository's own database. */
async function startServer() {
  const app = join(root, 'apps', 'web');
  if (!existsSync(join(app, '.next', 'BUILD_ID'))) throw new Error('apps/web is not built: run `npm run build` first (this script builds nothing).');
  const directory = mkdtempSync(join(tmpdir(), 'bilat-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(app, 'scripts', 'start.mjs')], {
    cwd: app,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', BILAT_DB: join(directory, 'bilat.db'), DATABASE_URL: '', NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the web server did not start within a minute');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: async () => {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Every external script a browser loads on first visit: `<script src>`, except `noModule` fallbacks modern browsers skip. */
function scriptSources(html) {
  const sources = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1];
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src && !/\bnoModule\b/i.test(attributes)) sources.push(src.replaceAll('&amp;', '&'));
  }
  return [...new Set(sources)];
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const server = options.url ? { url: options.url.replace(/\/$/, ''), stop: async () => {} } : await startServer();
try {
  const page = `${server.url}/pairs/${options.pair}`;
  const first = await fetch(page);
  if (!first.ok) throw new Error(`${page} answered ${first.status}`);
  const html = await first.text();

  const scripts = [];
  for (const src of scriptSources(html)) {
    const body = Buffer.from(await (await fetch(new URL(src, page))).arrayBuffer());
    scripts.push({ src, raw: body.length, gzip: gzipSync(body).length });
  }
  const totalGzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const totalRaw = scripts.reduce((sum, s) => sum + s.raw, 0);

  for (let i = 0; i < Number(options.warmup); i++) await (await fetch(page)).text();
  const timings = [];
  for (let i = 0; i < Number(options.requests); i++) {
    const started = performance.now();
    const response = await fetch(page);
    await response.text();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);

  console.log(`Dossier ${page}\n`);
  console.log('| script | raw | gzip |');
  console.log('| --- | ---: | ---: |');
  for (const s of scripts) console.log(`| ${s.src} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
  console.log(`| **first-load JS (${scripts.length} scripts)** | ${kb(totalRaw)} | **${kb(totalGzip)}** |`);
  console.log('');
  console.log('| measure | value |');
  console.log('| --- | ---: |');
  console.log(`| HTML size (uncompressed / gzip) | ${kb(Buffer.byteLength(html))} / ${kb(gzipSync(html).length)} |`);
  console.log(`| first-load JS, gzip | ${kb(totalGzip)} (target < 150 KB) |`);
  console.log(`| response time, median (${timings.length} requests) | ${percentile(timings, 50).toFixed(1)} ms |`);
  console.log(`| response time, p95 | ${percentile(timings, 95).toFixed(1)} ms |`);
  console.log(`| response time, min / max | ${timings[0].toFixed(1)} / ${timings.at(-1).toFixed(1)} ms |`);
  if (totalGzip >= 150 * 1024) process.exitCode = 1;
} finally {
  await server.stop();
}
