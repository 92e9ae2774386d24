import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { articleLinks, decodeBody, FeedError, looksLikeFeed, parseEvery, parseFeed } from '../src/index.js';

// Feeds and pages written for these tests.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Steppe Wire</title>
<item><title>Talks in Vilnius &amp; Riga</title><link>https://wire.example/news/2024/06/talks-in-vilnius</link><guid isPermaLink="false">wire-1001</guid><pubDate>Thu, 20 Jun 2024 09:30:00 +0500</pubDate><description>&lt;p&gt;Short.&lt;/p&gt;</description></item>
<item><title>No guid</title><link>/news/2024/06/second-item</link></item>
<item><title>Nothing to follow</title></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Baltic Desk</title>
<entry><id>tag:desk.example,2024:77</id><title type="html">Consultations held</title><link rel="alternate" href="https://desk.example/a/77-consultations-held"/><link rel="enclosure" href="https://desk.example/a/77.jpg"/><updated>2024-06-21T08:00:00Z</updated></entry>
</feed>`;

describe('feeds', () => {
  it('reads RSS 2.0 items with their guid as key, links resolved against the feed, dates as days', () => {
    const feed = parseFeed(RSS, 'https://wire.example/rss.xml');
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('Steppe Wire');
    expect(feed.items).toEqual([
      { key: 'wire-1001', url: 'https://wire.example/news/2024/06/talks-in-vilnius', title: 'Talks in Vilnius & Riga', published: '2024-06-20', summary: '<p>Short.</p>' },
      { key: 'https://wire.example/news/2024/06/second-item', url: 'https://wire.example/news/2024/06/second-item', title: 'No guid' },
    ]);
  });

  it('reads Atom entries by id, taking the alternate link', () => {
    const feed = parseFeed(ATOM);
    expect(feed).toMatchObject({ kind: 'atom', title: 'Baltic Desk' });
    expect(feed.items).toEqual([{ key: 'tag:desk.example,2024:77', url: 'https://desk.example/a/77-consultations-held', title: 'Consultations held', published: '2024-06-21' }]);
  });

  it('refuses a malformed feed naming the line, and XML that is no feed naming its root', () => {
    const cut = RSS.replace('</title>\n<item>', '\n<item>');
    expect(() => parseFeed(cut)).toThrow(FeedError);
    expect(() => parseFeed(cut)).toThrow(/not well-formed XML: .*\(line \d+\)/);
    expect(() => parseFeed('<?xml version="1.0"?><html><body/></html>')).toThrow(/neither RSS nor Atom: .*<html>/);
  });

  it('tells a feed from a page by its type or root element', () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<!doctype html><html></html>', 'text/html')).toBe(false);
    expect(looksLikeFeed('', 'application/atom+xml; charset=utf-8')).toBe(true);
  });
});

describe('news-list pages', () => {
  it('follows article-looking links on the same host only, each once', () => {
    const html = `<html><body><nav><a href="/">Home</a><a href="/tag/diplomacy">Diplomacy</a><a href="/about">About</a></nav>
      <a href="/news/2024/06/20/kazakh-lithuanian-consultations">Kazakh–Lithuanian <b>consultations</b></a>
      <a href="https://www.ministry.example/news/2024/06/20/kazakh-lithuanian-consultations#top">again</a>
      <a href="/press/12345">Press release 12345</a>
      <a href="https://elsewhere.example/news/2024/06/20/some-other-story">another site</a>
      <a href="/files/report-2024.pdf">PDF</a><a href="mailto:press@ministry.example">mail</a><a href="/news">News</a></body></html>`;
    expect(articleLinks(html, 'https://ministry.example/news')).toEqual([
      { url: 'https://ministry.example/news/2024/06/20/kazakh-lithuanian-consultations', title: 'Kazakh–Lithuanian consultations' },
      { url: 'https://ministry.example/press/12345', title: 'Press release 12345' },
    ]);
  });
});

describe('charsets', () => {
  const russian = 'Казахстан и Литва провели консультации';
  it('reads windows-1251 from the header, or from the page when the header names none', () => {
    const bytes = iconv.encode(`<html><head><meta charset="windows-1251"></head><body>${russian}</body></html>`, 'windows-1251');
    expect(decodeBody(bytes, 'text/html; charset=windows-1251')).toMatchObject({ charset: 'windows-1251', from: 'header' });
    const fromMeta = decodeBody(bytes, 'text/html');
    expect(fromMeta).toMatchObject({ charset: 'windows-1251', from: 'document' });
    expect(fromMeta.text).toContain(russian);
    const httpEquiv = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=cp1251"></head><body>${russian}</body></html>`, 'cp1251');
    expect(decodeBody(httpEquiv).text).toContain(russian);
  });

  it('reads an XML declaration, a BOM, and UTF-8 by default', () => {
    const xml = iconv.encode(`<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${russian}</title></channel></rss>`, 'windows-1251');
    expect(decodeBody(xml, 'application/xml').text).toContain(russian);
    expect(decodeBody(Buffer.from(`\uFEFF${russian}`, 'utf8'))).toEqual({ text: russian, charset: 'utf-8', from: 'bom' });
    expect(decodeBody(Buffer.from(russian, 'utf8'), 'text/plain; charset=bogus-9')).toEqual({ text: russian, charset: 'utf-8', from: 'default' });
  });
});

describe('every', () => {
  it('reads periods and refuses what is not one', () => {
    expect(parseEvery('1h')).toBe(3600);
    expect(parseEvery('30m')).toBe(1800);
    expect(parseEvery('1d')).toBe(86400);
    expect(() => parseEvery('soon')).toThrow(/every: "soon" is not a period/);
    expect(() => parseEvery('10s')).toThrow(/more often than once a minute/);
  });
});
