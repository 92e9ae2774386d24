/*
 * A small Atom 1.0 (RFC 4287) writer. Every text is escaped for XML, and characters XML
 * forbids are dropped, so a record title can never break the feed.
 */

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  author: string;
  summary: string;
  category?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  self: string;
  alternate: string;
  entries: AtomEntry[];
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function atomXml(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${e(entry.id)}</id>`,
      `    <title type="text">${e(entry.title)}</title>`,
      `    <updated>${e(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      `    <author><name>${e(entry.author)}</name></author>`,
      entry.category ? `    <category term="${e(entry.category)}"/>` : '',
      `    <summary type="text">${e(entry.summary)}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${e(feed.id)}</id>`,
    `  <title type="text">${e(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle type="text">${e(feed.subtitle)}</subtitle>` : '',
    `  <updated>${e(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    '  <generator>bilat</generator>',
    ...entries,
    '</feed>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
