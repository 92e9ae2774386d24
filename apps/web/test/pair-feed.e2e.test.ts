import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, openSession } from './support/browser';

/*
 * The per-pair Atom feed, /pairs/KZ-LT/changes.atom: well-formed Atom that the browser's
 * XML parser reads, only changes to that pair's records (each entry's record read back
 * over REST names both parties), newest first, with a fresh edit of one of the pair's
 * meetings on top and an edit elsewhere left out; the dossier announces it.
 */

const ATOM = 'http://www.w3.org/2005/Atom';
const MEETING = 'kz-lt-political-consultations-10';

interface ParsedFeed {
  error: number;
  namespace: string | null;
  id: string;
  title: string;
  updated: string;
  self: string | null;
  entries: { id: string; title: string; updated: string; link: string; category: string | null }[];
}

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openSession();
  page = session.page;
  // An XML document to parse in: the parser is the browser's, not ours.
  await page.goto('/changes.atom');
});

afterAll(() => session?.close());

async function readFeed(path: string): Promise<ParsedFeed> {
  const response = await fetch(`${inject('baseURL')}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/atom+xml');
  const xml = await response.text();
  return page.evaluate(
    ({ source, ns }) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const child = (node: Element, name: string) => Array.from(node.children).find((element) => element.localName === name && element.namespaceURI === ns);
      const text = (node: Element, name: string) => child(node, name)?.textContent ?? '';
      const root = doc.documentElement;
      const links = Array.from(root.children).filter((element) => element.localName === 'link');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        namespace: root.namespaceURI,
        id: text(root, 'id'),
        title: text(root, 'title'),
        updated: text(root, 'updated'),
        self: links.find((link) => link.getAttribute('rel') === 'self')?.getAttribute('href') ?? null,
        entries: Array.from(doc.getElementsByTagNameNS(ns, 'entry')).map((entry) => ({
          id: text(entry, 'id'),
          title: text(entry, 'title'),
          updated: text(entry, 'updated'),
          link: child(entry, 'link')?.getAttribute('href') ?? '',
          category: child(entry, 'category')?.getAttribute('term') ?? null,
        })),
      };
    },
    { source: xml, ns: ATOM },
  );
}

/** The two sides a record names, however its kind names them (a pair, from/to, reporter/partner, parties). */
function partiesOf(record: Record<string, unknown>): string[] {
  if (typeof record.pair === 'string') return record.pair.split('-');
  const sides = Array.isArray(record.parties)
    ? record.parties
    : [record.from ?? record.reporter ?? record.subject, record.to ?? record.partner].filter((side) => typeof side === 'string');
  return [...(sides as string[])].sort();
}

const headers = () => ({ authorization: `Bearer ${inject('writeKey')}`, 'content-type': 'application/json' });

/** Puts a record back through REST with one field changed: one revision in the log. */
async function edit(path: string, change: (record: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const base = `${inject('baseURL')}/api/v1${path}`;
  const current = (await (await fetch(base)).json()) as Record<string, unknown>;
  const answer = await fetch(base, { method: 'PUT', headers: headers(), body: JSON.stringify(change(current)) });
  expect(answer.status, await answer.clone().text()).toBe(200);
}

describe("a pair's Atom feed of changes", () => {
  it("is valid Atom holding only the pair's changes, newest first", async () => {
    const feed = await readFeed('/pairs/KZ-LT/changes.atom');
    expect(feed).toMatchObject({ error: 0, namespace: ATOM, title: 'bilat: Kazakhstan–Lithuania changes' });
    expect(feed.self).toBe(`${inject('baseURL')}/pairs/KZ-LT/changes.atom`);
    expect(feed.entries.length).toBeGreaterThan(10);
    expect(feed.updated).toBe(feed.entries[0]!.updated);
    const times = feed.entries.map((entry) => Date.parse(entry.updated));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const revisions = feed.entries.map((entry) => Number(/#revision-(\d+)$/.exec(entry.id)?.[1]));
    expect(revisions).toEqual([...revisions].sort((a, b) => b - a));

    // Each entry's record, read back over REST, names the two parties (the next test shows an edit elsewhere left out).
    const restPath: Record<string, string> = { meeting: 'meetings', series: 'series', visit: 'visits', agreement: 'agreements', trade: 'trade', investment: 'investment', indicator: 'indicators', interaction: 'interactions', relation: 'relations' };
    // A record another test deleted since cannot be read back (its deletion is rightly in the feed): those are passed over.
    let readBack = 0;
    for (const entry of feed.entries) {
      expect(Object.keys(restPath), entry.title).toContain(entry.category);
      // A deletion links to the pair's page: no record to read back (the extract suite, when it runs first, leaves some).
      if (new URL(entry.link).pathname === '/pairs/KZ-LT') continue;
      const id = decodeURIComponent(entry.link.split('/').at(-1)!);
      const answer = await fetch(`${inject('baseURL')}/api/v1/${restPath[entry.category!]}/${encodeURIComponent(id)}`);
      if (answer.status === 404 || answer.status === 410) continue;
      const record = (await answer.json()) as Record<string, unknown>;
      // Any other answer than the record is named with its status and body, so a failure says what came back.
      expect(answer.status, `${entry.title}: ${JSON.stringify(record).slice(0, 300)}`).toBe(200);
      expect(partiesOf(record), `${entry.title}: ${JSON.stringify(record).slice(0, 300)}`).toEqual(['KZ', 'LT']);
      readBack += 1;
    }
    expect(readBack).toBeGreaterThan(10);
  });

  it("puts a new edit of one of the pair's meetings on top and leaves out an edit elsewhere", async () => {
    await edit(`/meetings/${MEETING}`, (meeting) => ({ ...meeting, summary: 'Edited for the pair feed test.' }));
    await edit(`/meetings/${MEETING}`, ({ summary: _summary, ...meeting }) => meeting);
    const feed = await readFeed('/pairs/KZ-LT/changes.atom');
    expect(feed.entries[0]).toMatchObject({ category: 'meeting', link: `${inject('baseURL')}/meetings/${MEETING}` });
    expect(feed.entries[0]!.title).toContain('10th round of Kazakhstan–Lithuania political consultations');
    expect(feed.entries[1]).toMatchObject({ category: 'meeting', link: `${inject('baseURL')}/meetings/${MEETING}` });
    expect(feed.updated).toBe(feed.entries[0]!.updated);
    const top = feed.entries[0]!.id;

    // A spelling added and taken away again: two changes to a person, who belongs to no pair.
    const spelling = { value: 'Roman Vasilenko (pair feed test)', kind: 'spelling' };
    await edit('/officials/roman-vassilenko', (person) => ({ ...person, names: [...((person.names as unknown[]) ?? []), spelling] }));
    await edit('/officials/roman-vassilenko', (person) => ({ ...person, names: (person.names as { value: string }[]).filter((name) => name.value !== spelling.value) }));
    const site = await readFeed('/changes.atom');
    expect(site.entries[0]).toMatchObject({ category: 'person' });
    expect((await readFeed('/pairs/KZ-LT/changes.atom')).entries[0]!.id).toBe(top);
  });

  it('redirects another spelling of the pair, 404s what is no pair, and is linked from the dossier', async () => {
    const redirect = await fetch(`${inject('baseURL')}/pairs/lt-kz/changes.atom`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(new URL(redirect.headers.get('location')!, inject('baseURL')).pathname).toBe('/pairs/KZ-LT/changes.atom');
    expect((await fetch(`${inject('baseURL')}/pairs/KZ-KZ/changes.atom`)).status).toBe(404);

    await page.goto('/pairs/KZ-LT');
    const alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]').first();
    expect(await alternate.getAttribute('href')).toMatch(/\/pairs\/KZ-LT\/changes\.atom$/);
    expect(await alternate.getAttribute('title')).toBe('bilat: Kazakhstan–Lithuania changes');
    expect(await page.getByRole('link', { name: 'Changes (Atom)' }).getAttribute('href')).toBe('/pairs/KZ-LT/changes.atom');
  });
});
