import { dueWatchSources, findWatchSource, listWatchSources, recordWatchFetch, recordWatchItem, scopeOf, seenItemKeys, type BilatDatabase, type WatchKind, type WatchSource } from '@bilat/db';
import type { ExtractInput } from '@bilat/extract';
// The watcher's fetching and parsing (iconv-lite, the XML and HTML parsers) load when a run starts:
// the API's index re-exports runWatch, and every command reading a list would otherwise load them.
import type * as Watch from '@bilat/watch';
import type { Fetcher, FetcherOptions } from '@bilat/watch';
import { API_VERSION } from '../version.js';
import { draftForInbox } from './drafts.js';
import { storeReport } from './inbox.js';

/*
 * One run over watched sources: each source's feed or list page is fetched (conditionally),
 * the items it lists that were never seen are fetched one by one, drafted and stored —
 * each report in its own transaction. The source's validators (ETag, Last-Modified) are
 * saved only after all its items are stored, so a run killed half-way fetches the list
 * again next time and picks up where it stopped, never storing a report twice. One failing
 * source is marked with its error and the others go on.
 */

/**
 * Where the watcher says it comes from. The project has no public home to point at, so an
 * instance names its own contact (a page or an e-mail address) in BILAT_WATCH_CONTACT; without
 * one the agent says so rather than pointing at an address nobody answers.
 */
export function watchUserAgent(env: NodeJS.ProcessEnv = process.env): string {
  return `bilat/${API_VERSION} (+${env.BILAT_WATCH_CONTACT?.trim() || 'self-hosted bilat; no contact set in BILAT_WATCH_CONTACT'})`;
}

/** Fetcher settings; tests and slow networks change them through the environment. */
export function fetcherOptions(env: NodeJS.ProcessEnv = process.env): FetcherOptions {
  const number = (name: string) => (env[name] !== undefined && /^\d+$/.test(env[name]!) ? Number(env[name]) : undefined);
  const options: FetcherOptions = { userAgent: watchUserAgent(env) };
  const set = <K extends keyof FetcherOptions>(key: K, value: FetcherOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('timeoutMs', number('BILAT_WATCH_TIMEOUT_MS'));
  set('retries', number('BILAT_WATCH_RETRIES'));
  set('backoffMs', number('BILAT_WATCH_BACKOFF_MS'));
  set('minIntervalMs', number('BILAT_WATCH_HOST_INTERVAL_MS'));
  return options;
}

export interface SourceRun {
  id: number;
  /** Items (reports) fetched in this run. */
  fetched: number;
  /** New reports stored (proposed, or kept as documents) in this run. */
  newItems: number;
  /** Proposals that gained a second outlet's draft. */
  joined: number;
  notModified: boolean;
  error?: string;
}

export interface RunOptions {
  /** One source only. */
  id?: number;
  /** Only sources whose next fetch is due (the schedule); otherwise every source. */
  dueOnly?: boolean;
  actor: string;
  fetcher?: Fetcher;
  /** Sources fetched at once (each host is still asked one request at a time). */
  concurrency?: number;
}

export async function runWatch(database: BilatDatabase, options: RunOptions): Promise<SourceRun[]> {
  const db = scopeOf(database);
  let sources: WatchSource[];
  if (options.id !== undefined) {
    const source = await findWatchSource(db, options.id);
    sources = source ? [source] : [];
  } else sources = options.dueOnly ? await dueWatchSources(db, new Date().toISOString()) : await listWatchSources(db);
  const watch = await import('@bilat/watch');
  const fetcher = options.fetcher ?? new watch.Fetcher(fetcherOptions());
  const results: SourceRun[] = new Array(sources.length);
  // Fetching runs in parallel; drafting and storing one report at a time, so a second
  // outlet's report of an event always sees the first one's proposal.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = turn.then(work);
    turn = run.catch(() => undefined);
    return run;
  };
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      results[index] = await runSource(watch, database, sources[index]!, fetcher, options.actor, inTurn);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, sources.length) }, worker));
  return results;
}

interface ListedItem {
  key: string;
  url: string;
  title?: string;
  published?: string;
}

async function runSource(watch: typeof Watch, database: BilatDatabase, source: WatchSource, fetcher: Fetcher, actor: string, inTurn: <T>(work: () => Promise<T>) => Promise<T>): Promise<SourceRun> {
  const { articleLinks, decodeBody, looksLikeFeed, parseFeed } = watch;
  const db = scopeOf(database);
  const result: SourceRun = { id: source.id, fetched: 0, newItems: 0, joined: 0, notModified: false };
  const startedAt = new Date();
  const nextDueAt = new Date(startedAt.getTime() + source.everySeconds * 1000).toISOString();
  let listing;
  try {
    listing = await fetcher.get(source.url, { etag: source.etag, lastModified: source.lastModified });
  } catch (error) {
    result.error = (error as Error).message;
    await recordWatchFetch(db, source.id, { at: startedAt.toISOString(), status: (error as { status?: number }).status ?? null, error: result.error, nextDueAt });
    return result;
  }
  if (listing.notModified) {
    result.notModified = true;
    await recordWatchFetch(db, source.id, { at: startedAt.toISOString(), status: 304, error: null, nextDueAt });
    return result;
  }
  let items: ListedItem[];
  let kind: WatchKind;
  try {
    const { text } = decodeBody(listing.body, listing.contentType);
    const feedLike = source.kind === 'rss' || source.kind === 'atom' || (source.kind === 'auto' && looksLikeFeed(text, listing.contentType));
    if (feedLike) {
      const feed = parseFeed(text, listing.url);
      kind = feed.kind;
      items = feed.items;
    } else {
      kind = 'page';
      // A list's link words are a teaser: the article's own headline is read from it.
      items = articleLinks(text, listing.url).map((link) => ({ key: link.url, url: link.url }));
    }
  } catch (error) {
    result.error = `${source.url}: ${(error as Error).message}`;
    await recordWatchFetch(db, source.id, { at: startedAt.toISOString(), status: listing.status, error: result.error, nextDueAt });
    return result;
  }

  const seen = await seenItemKeys(db, source.id, items.map((item) => item.key));
  const failures: string[] = [];
  for (const item of items) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    try {
      const page = await fetcher.get(item.url);
      result.fetched += 1;
      const { text } = decodeBody(page.body, page.contentType);
      const html = /html/i.test(page.contentType ?? '') || /^\s*</.test(text);
      const input: ExtractInput = {
        ...(html ? { html: text } : { text }),
        publisher: source.publisher,
        url: page.url,
        ...(item.title ? { title: item.title } : {}),
      };
      const outcome = await inTurn(async () => {
        let draft = await draftForInbox(db, input);
        // The feed's date beats today's (or a year read from the text's figures) when the page states none of its own.
        if ((draft.publishedFrom === 'today' || draft.publishedFrom === 'text') && item.published) draft = await draftForInbox(db, { ...input, published: item.published, publishedFrom: 'page metadata' });
        return storeReport(database, draft, { origin: 'watch', item: { sourceId: source.id, key: item.key, url: item.url } }, actor);
      });
      result.newItems += 1;
      if (outcome.stored === 'proposed' && outcome.joined) result.joined += 1;
    } catch (error) {
      const message = (error as Error).message;
      failures.push(`${item.url}: ${message}`);
      // A report that cannot be fetched or read is remembered as failed, so it is not asked for on every run.
      if ((error as { status?: number }).status !== undefined && (error as { status: number }).status < 500) {
        await rememberFailure(database, source.id, item, message);
      }
    }
  }
  if (failures.length) result.error = `${failures.length} of the listed reports failed: ${failures.slice(0, 3).join('; ')}`;
  await recordWatchFetch(db, source.id, {
    at: startedAt.toISOString(),
    status: listing.status,
    error: result.error ?? null,
    // Validators only when every item was dealt with: otherwise the next run must read the list again.
    ...(failures.length === 0 ? { etag: listing.etag, lastModified: listing.lastModified } : {}),
    kind: source.kind === 'auto' ? kind : source.kind,
    nextDueAt,
  });
  return result;
}

async function rememberFailure(database: BilatDatabase, sourceId: number, item: ListedItem, error: string): Promise<void> {
  await recordWatchItem(scopeOf(database), { sourceId, key: item.key, url: item.url, at: new Date().toISOString(), status: 'failed', documentId: null, error: error.slice(0, 1000) }).catch(() => {});
}
