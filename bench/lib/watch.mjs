// The watcher's whole pipeline, reports per second: a local newsroom serves one RSS feed
// listing N reports (the extraction corpus's texts, each an article page of its own), and
// `watch.run` fetches, drafts, matches and stores every one (one transaction each) into a
// fresh database, SQLite and PostgreSQL. Beside it, the same N texts drafted by
// @bilat/extract alone, in process (what `bilat extract` does per report, without its
// start-up, its database lookups or storing anything): the pipeline's cost over the
// extractor is fetching, matching against what is held and waiting, and writing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

function corpusTexts() {
  const corpus = join(ROOT, 'packages', 'extract', 'corpus', 'dev');
  return readdirSync(corpus)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(join(corpus, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').trim());
}

/** N article pages: corpus texts in turn, each told apart by its number so every one is a report of its own. */
function articles(n) {
  const texts = corpusTexts();
  return Array.from({ length: n }, (_, i) => {
    const text = texts[i % texts.length];
    const [headline, ...rest] = text.split('\n');
    const title = `${headline} (${i + 1})`;
    const body = rest.join('\n').split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
    return { path: `/bench/${i + 1}-report`, title, text: `${title}\n\n${rest.join('\n')}`, html: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>` };
  });
}

async function pipeline(database, reports, log, label) {
  const { startNewsroom, rssFeed } = await import('@bilat/watch/testing');
  const { Fetcher } = await import('@bilat/watch');
  const { runWatch, watchUserAgent } = await import('@bilat/api');
  const { addWatchSource, countProposals, scopeOf } = await import('@bilat/db');
  const routes = { '/bench/rss.xml': { contentType: 'application/rss+xml', get body() { return rssFeed(news.url, 'Bench Wire', reports.map((r, i) => ({ id: `bench-${i + 1}`, path: r.path, title: r.title, published: '2024-06-20' }))); } } };
  for (const report of reports) routes[report.path] = { body: report.html };
  const news = await startNewsroom(routes);
  try {
    const source = await addWatchSource(scopeOf(database), { url: `${news.url}/bench/rss.xml`, kind: 'auto', publisher: 'Bench Wire', everySeconds: 3600 });
    const fetcher = new Fetcher({ userAgent: watchUserAgent(), minIntervalMs: 0, retries: 0 });
    const started = performance.now();
    const [result] = await runWatch(database, { id: source.id, actor: 'local:bench', fetcher });
    const seconds = (performance.now() - started) / 1000;
    if (result.error) throw new Error(result.error);
    const proposals = await countProposals(scopeOf(database), 'waiting');
    const perSecond = Number((result.newItems / seconds).toFixed(1));
    log(`  watch (${label}): ${result.newItems} reports in ${seconds.toFixed(1)} s, ${perSecond} reports/s, ${proposals} proposals`);
    return { reports: result.newItems, seconds: Number(seconds.toFixed(2)), reportsPerSecond: perSecond, proposals };
  } finally {
    await news.close();
  }
}

export async function measureWatch({ reports: n, postgresUrl, log = () => {} }) {
  const { extractDraft } = await import('@bilat/extract');
  const { createTestDatabase } = await import('@bilat/db/testing');
  const reports = articles(n);

  // The extractor alone, over the same pages (after a warm-up).
  for (const report of reports.slice(0, 5)) extractDraft({ html: report.html, publisher: 'Bench Wire' });
  let started = performance.now();
  for (const report of reports) extractDraft({ html: report.html, publisher: 'Bench Wire' });
  const extractSeconds = (performance.now() - started) / 1000;
  const extractAlone = { reports: n, seconds: Number(extractSeconds.toFixed(2)), reportsPerSecond: Number((n / extractSeconds).toFixed(1)) };
  log(`  extract alone: ${n} reports in ${extractSeconds.toFixed(1)} s, ${extractAlone.reportsPerSecond} reports/s`);

  const result = { reports: n, extractAlone, pipeline: {} };
  for (const dialect of postgresUrl ? ['sqlite', 'postgres'] : ['sqlite']) {
    // The curated set held, so reports are matched against real records.
    const db = await createTestDatabase(dialect, { seed: true });
    try {
      result.pipeline[dialect] = await pipeline(db.database, reports, log, dialect);
    } finally {
      await db.dispose();
    }
  }
  return result;
}
