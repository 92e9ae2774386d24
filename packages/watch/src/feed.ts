import { XMLParser, XMLValidator } from 'fast-xml-parser';

/*
 * RSS 2.0 and Atom to a list of items. Pure: text in, items out. A feed that is not
 * well-formed XML, or XML that is neither RSS nor Atom, is refused with the line the
 * parser stopped at, so `bilat watch list` can say what is wrong with a source.
 */

export interface FeedItem {
  /** What identifies the item across fetches: its guid (RSS) or id (Atom), else its link. */
  key: string;
  /** The report's address. */
  url: string;
  title?: string;
  /** As the feed gives it (RFC 822 for RSS, RFC 3339 for Atom), turned into YYYY-MM-DD when it parses. */
  published?: string;
  /** The item's summary or content, as the feed gives it (often HTML). */
  summary?: string;
}

export interface Feed {
  kind: 'rss' | 'atom';
  title?: string;
  items: FeedItem[];
}

export class FeedError extends Error {
  constructor(message: string, readonly line?: number) {
    super(line ? `${message} (line ${line})` : message);
    this.name = 'FeedError';
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  textNodeName: '#text',
  // Entities in feeds are HTML's as often as XML's; leave the few the parser knows, keep the rest as text.
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  parseTagValue: false,
  trimValues: true,
});

/** Whether a body is a feed rather than a page: its content type, or its root element. */
export function looksLikeFeed(text: string, contentType?: string | null): boolean {
  if (/\b(rss|atom)\+xml\b/i.test(contentType ?? '')) return true;
  const head = text.slice(0, 2000).replace(/<\?xml[^>]*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  return /^<(?:[a-z]+:)?(rss|feed|rdf:RDF)\b/i.test(head);
}

type Node = Record<string, unknown> | string | undefined;

function textOf(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || undefined;
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'object') return textOf((node as Record<string, unknown>)['#text']);
  return undefined;
}

/** A date as YYYY-MM-DD when the feed's date parses; left out otherwise (the page's own date is read later). */
export function feedDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().slice(0, 10);
}

function resolve(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads an RSS 2.0 or Atom feed; `base` resolves relative links (the feed's own address). */
export function parseFeed(xml: string, base?: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedError(`not well-formed XML: ${valid.err.msg}`, valid.err.line);
  const doc = parser.parse(xml) as Record<string, Node>;
  const rss = (doc.rss ?? doc.RDF) as Record<string, unknown> | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as Record<string, unknown>;
    const rawItems = (channel.item ?? rss.item ?? []) as Record<string, unknown>[];
    const items: FeedItem[] = [];
    for (const item of rawItems) {
      const links = (item.link ?? []) as unknown[];
      const url = resolve(textOf(links.find((link) => typeof link === 'string' || (link as Record<string, unknown>)?.['#text'])), base);
      const guid = textOf(item.guid);
      if (!url && !guid) continue;
      const guidUrl = resolve(guid, base);
      const itemUrl = url ?? (guid && /^https?:/.test(guid) ? guidUrl : undefined);
      if (!itemUrl) continue;
      items.push(clean({ key: guid ?? itemUrl, url: itemUrl, title: textOf(item.title), published: feedDate(textOf(item.pubDate) ?? textOf(item.date)), summary: textOf(item.description) }));
    }
    return clean({ kind: 'rss' as const, title: textOf(channel.title), items });
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed && typeof feed === 'object') {
    const entries = (feed.entry ?? []) as Record<string, unknown>[];
    const items: FeedItem[] = [];
    for (const entry of entries) {
      const links = (entry.link ?? []) as Record<string, unknown>[];
      const alternate = links.find((link) => (link['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
      const url = resolve(alternate?.['@href'] as string | undefined, base);
      if (!url) continue;
      const id = textOf(entry.id);
      items.push(clean({ key: id ?? url, url, title: textOf(entry.title), published: feedDate(textOf(entry.published) ?? textOf(entry.updated)), summary: textOf(entry.summary) ?? textOf(entry.content) }));
    }
    return clean({ kind: 'atom' as const, title: textOf(feed.title), items });
  }
  const root = Object.keys(doc).find((name) => !name.startsWith('?'));
  throw new FeedError(`neither RSS nor Atom: the document's root element is <${root ?? 'none'}>`);
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
