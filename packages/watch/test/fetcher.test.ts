import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher, FetchError } from '../src/index.js';
import { startNewsroom, type Newsroom } from '../src/testing.js';

const UA = 'bilat/9.9.9 (+https://example.org/bilat)';

describe('the polite fetcher', () => {
  let news: Newsroom;
  beforeAll(async () => {
    news = await startNewsroom({
      '/robots.txt': { contentType: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' },
      '/feed.xml': { contentType: 'application/rss+xml', body: '<rss/>', etag: '"v1"', headers: { 'last-modified': 'Wed, 02 Dec 2026 10:00:00 GMT' } },
      '/private/report': { body: 'secret' },
      '/slow': { body: 'late', delayMs: 2000 },
      '/hop1': { status: 302, headers: { location: '/hop2' } },
      '/hop2': { status: 301, headers: { location: '/hop3' } },
      '/hop3': { status: 302, headers: { location: '/feed.xml' } },
      '/gone': { status: 404 },
      '/broken': { status: 500, body: 'oops' },
    });
  });
  afterAll(() => news.close());
  const fetcher = (extra: Partial<ConstructorParameters<typeof Fetcher>[0]> = {}) => new Fetcher({ userAgent: UA, minIntervalMs: 0, backoffMs: 10, timeoutMs: 500, retries: 1, ...extra });

  it('says who it is, and asks again conditionally: an unchanged feed is a 304', async () => {
    const f = fetcher();
    const first = await f.get(`${news.url}/feed.xml`);
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT' });
    expect(Buffer.from(first.body).toString()).toBe('<rss/>');
    const second = await f.get(`${news.url}/feed.xml`, { etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true });
    const asked = news.asked('/feed.xml');
    expect(asked.every((r) => r.headers['user-agent'] === UA)).toBe(true);
    expect(asked.at(-1)!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Wed, 02 Dec 2026 10:00:00 GMT' });
    // robots.txt was read once for the host, however many requests followed.
    expect(news.asked('/robots.txt')).toHaveLength(1);
  });

  it('honours robots.txt', async () => {
    await expect(fetcher().get(`${news.url}/private/report`)).rejects.toThrow(/robots\.txt of .* does not allow bilat\/9\.9\.9 to fetch \/private\/report/);
    expect(news.asked('/private/report')).toHaveLength(0);
  });

  it('follows redirects within the limit, and refuses beyond it', async () => {
    const answer = await fetcher().get(`${news.url}/hop1`);
    expect(answer.url).toBe(`${news.url}/feed.xml`);
    await expect(fetcher({ maxRedirects: 2 }).get(`${news.url}/hop1`)).rejects.toThrow(/more than 2 redirects/);
  });

  it('retries a 500 with backoff, then gives up saying so; a 404 is not retried', async () => {
    const before = news.asked('/broken').length;
    const error = await fetcher({ retries: 2 }).get(`${news.url}/broken`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toMatch(/HTTP 500 from .*\/broken \(3 attempts\)/);
    expect(news.asked('/broken').length - before).toBe(3);
    await expect(fetcher().get(`${news.url}/gone`)).rejects.toThrow(/HTTP 404/);
    expect(news.asked('/gone')).toHaveLength(1);
  });

  it('gives up on a slow host after its timeout', async () => {
    await expect(fetcher({ timeoutMs: 200, retries: 1 }).get(`${news.url}/slow`)).rejects.toThrow(/timed out after 0\.2 s fetching .*\/slow \(2 attempts\)/);
  });

  it('spaces requests to one host', async () => {
    const f = fetcher({ minIntervalMs: 150 });
    const started = Date.now();
    await Promise.all([f.get(`${news.url}/feed.xml`), f.get(`${news.url}/feed.xml`), f.get(`${news.url}/feed.xml`)]);
    // robots.txt, then three requests: three pauses at least.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 150 - 20);
  });
});
