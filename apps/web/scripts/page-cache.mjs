// Kept pages: the HTML of the world views (the home page, /pairs, a country's page and a
// pair's page), rendered once and served from memory while the data has not changed, as
// the API's answer cache keeps dossiers (packages/api/src/answer-cache.ts). Rendering such
// a page takes tens of milliseconds; sending kept bytes takes one.
//
// The data version (one indexed read that every write, import and undo moves, also from
// other processes) is asked of the app itself, through `globalThis.bilatDataVersion`
// (src/server/database.ts), so no second connection is opened. Only anonymous page loads
// are kept: a signed-in page shows the caller's own links, and client navigations (RSC
// requests) carry the router's state.
import { gzipSync } from 'node:zlib';

const PAGES = [/^\/$/, /^\/pairs$/, /^\/pairs\/[^/]+$/, /^\/countries\/[^/]+$/];
/** Request headers that make an answer the caller's own, or not an HTML document. */
const PERSONAL = ['authorization', 'x-api-key', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
const SESSION_COOKIE = /(?:^|;\s*)bilat_key=/;
/** Headers of the moment or of the connection, not of the page. */
const TRANSIENT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);
const CACHE_HEADER = 'x-bilat-cache';

function cacheable(request) {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url, 'http://bilat.invalid');
  if (url.searchParams.has('_rsc') || !PAGES.some((page) => page.test(url.pathname))) return false;
  if (PERSONAL.some((name) => request.headers[name] !== undefined)) return false;
  return !SESSION_COOKIE.test(request.headers.cookie ?? '');
}

/** The app's data version, or undefined before the app has opened its database (nothing is kept then). */
async function currentVersion() {
  const read = globalThis.bilatDataVersion;
  if (typeof read !== 'function') return undefined;
  try {
    return await read();
  } catch {
    return undefined;
  }
}

/**
 * A request handler around Next's: kept pages are answered from memory, others go to
 * `handle`, and a cacheable page's answer is kept on its way out. `maxBytes` bounds what is
 * kept (least recently used first out).
 */
export function withPageCache(handle, { maxBytes = 64 * 1024 * 1024 } = {}) {
  const kept = new Map();
  let keptBytes = 0;
  let keptVersion;

  const keep = (key, page) => {
    const size = page.body.length + page.gzip.length;
    if (size > maxBytes) return;
    const earlier = kept.get(key);
    if (earlier) keptBytes -= earlier.body.length + earlier.gzip.length;
    kept.set(key, page);
    keptBytes += size;
    for (const [oldest, entry] of kept) {
      if (keptBytes <= maxBytes) break;
      kept.delete(oldest);
      keptBytes -= entry.body.length + entry.gzip.length;
    }
  };

  return async (request, response) => {
    if (!cacheable(request)) return handle(request, response);
    const version = await currentVersion();
    if (version === undefined) return handle(request, response);
    if (version !== keptVersion) {
      kept.clear();
      keptBytes = 0;
      keptVersion = version;
    }
    // Pages can depend on today (who is in post now), so the day is part of the key.
    const key = `${new Date().toISOString().slice(0, 10)} ${request.url}`;
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const page = kept.get(key);
    if (page) {
      kept.delete(key);
      kept.set(key, page);
      const body = gzip ? page.gzip : page.body;
      response.writeHead(200, { ...page.headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': body.length, [CACHE_HEADER]: 'hit' });
      response.end(body);
      return;
    }
    // Next compresses for clients that accept it; the page is kept plain and gzipped here once.
    delete request.headers['accept-encoding'];
    response.setHeader(CACHE_HEADER, 'miss');
    const chunks = [];
    let headHeaders = {};
    const { writeHead, write, end } = response;
    const take = (chunk, encoding) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
    };
    response.writeHead = function (status, ...rest) {
      const given = rest.find((argument) => argument && typeof argument === 'object');
      if (given && !Array.isArray(given)) headHeaders = given;
      return writeHead.call(this, status, ...rest);
    };
    response.write = function (chunk, encoding, callback) {
      take(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    response.end = function (chunk, encoding, callback) {
      take(chunk, encoding);
      const result = end.call(this, chunk, encoding, callback);
      const headers = { ...response.getHeaders(), ...headHeaders };
      if (response.statusCode === 200 && !headers['set-cookie'] && keptVersion === version) {
        const body = Buffer.concat(chunks);
        const replay = {};
        for (const [name, value] of Object.entries(headers)) if (!TRANSIENT.has(name.toLowerCase()) && name.toLowerCase() !== CACHE_HEADER) replay[name] = value;
        keep(key, { headers: replay, body, gzip: gzipSync(body) });
      }
      return result;
    };
    return handle(request, response);
  };
}
