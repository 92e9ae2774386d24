// The web viewer's pages (home, a country, a pair's dossier): first-load JavaScript (the gzipped size of every
// <script src> the HTML loads) and the server's response time, beside a bare server
// returning the same HTML (what sending those bytes costs at the least).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cleanEnv, WEB_DIR } from './paths.mjs';
import { freePort, getOk, timedGet } from './processes.mjs';
import { ratio, summarize } from './stats.mjs';

export const webIsBuilt = () => existsSync(join(WEB_DIR, '.next', 'BUILD_ID'));

/**
 * Starts the built web viewer on a database given by `env` (BILAT_DB or DATABASE_URL);
 * it builds nothing. Resolves once /healthz answers.
 */
export async function startWebServer(env) {
  if (!webIsBuilt()) throw new Error('apps/web is not built: run `npm run build` first (the bench builds nothing).');
  const port = await freePort();
  const child = spawn(process.execPath, [join(WEB_DIR, 'scripts', 'start.mjs')], {
    cwd: WEB_DIR,
    env: cleanEnv({ PORT: String(port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production', ...env }),
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
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('the web server did not start within a minute');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
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

/** The scripts of a page, raw and gzipped. */
export async function firstLoadJs(page, html) {
  const scripts = [];
  for (const src of scriptSources(html)) {
    const body = (await getOk(new URL(src, page).toString())).body;
    scripts.push({ src, raw: body.length, gzip: gzipSync(body).length });
  }
  return { scripts, raw: scripts.reduce((sum, s) => sum + s.raw, 0), gzip: scripts.reduce((sum, s) => sum + s.gzip, 0) };
}

/**
 * Times `requests` loads of the page at `path` (after a warm-up), interleaved in tens with
 * loads of the same bytes from `bare` (a bare-server child) when given. `scripts` also
 * weighs the JavaScript the page loads first.
 */
export async function measurePage({ url, path, requests, bare, scripts = true }) {
  const page = `${url}${path}`;
  const first = await getOk(page);
  const html = first.body.toString('utf8');
  const js = scripts ? await firstLoadJs(page, html) : null;
  if (bare) await bare.request({ set: '/page', body: first.body.toString('base64'), contentType: 'text/html; charset=utf-8' });
  const times = { page: [], bare: [] };
  const load = async (target, into) => {
    const response = await timedGet(target);
    if (response.status !== 200) throw new Error(`${target} answered ${response.status}`);
    if (into) into.push(response.ms);
  };
  for (let i = 0; i < Math.max(3, Math.ceil(requests / 10)); i++) {
    await load(page);
    if (bare) await load(`${bare.url}/page`);
  }
  for (let done = 0; done < requests; done += 10) {
    for (let i = 0; i < Math.min(10, requests - done); i++) await load(page, times.page);
    if (bare) for (let i = 0; i < Math.min(10, requests - done); i++) await load(`${bare.url}/page`, times.bare);
  }
  // The same page rendered afresh each time, as the first load after a write is: the server
  // keeps finished pages by address (apps/web/scripts/page-cache.mjs), so a query parameter
  // the page ignores makes every address new.
  const fresh = [];
  const separator = page.includes('?') ? '&' : '?';
  for (let i = 0; i < Math.max(10, Math.ceil(requests / 2)); i++) await load(`${page}${separator}bench-fresh=${Date.now()}-${i}`, i < 2 ? undefined : fresh);
  const pageStats = summarize(times.page);
  const bareStats = bare ? summarize(times.bare) : null;
  return {
    page: path,
    htmlBytes: first.body.length,
    htmlGzip: gzipSync(first.body).length,
    firstLoadJs: js,
    response: pageStats,
    fresh: summarize(fresh),
    bare: bareStats,
    ratio: bareStats ? ratio(pageStats.p50, bareStats.p50) : null,
  };
}
