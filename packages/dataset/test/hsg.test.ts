import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPartyCode, recordSchemas, referencesOf, refKey, RecordSet, type KindedRecord, type RecordKind } from '@bilat/domain';
import { bundleRecords } from '@bilat/domain/yaml';
import { describe, expect, it } from 'vitest';
import { hsgDatasetPath, loadCuratedBundle, readHsgDataset } from '../src/index.js';
import { RUN, words } from './shingles.js';

/*
 * The Office of the Historian bundle shipped beside the curated set: every line a valid
 * record, every reference resolving within the two, facts and addresses only. Where the
 * shared snapshot is present, no run of twelve words of the Office's remarks,
 * descriptions or articles may appear in it. (packages/interchange checks that the file
 * is what `npm run dataset:hsg` gives.)
 */

const rows: { kind: string; record: unknown; line: number }[] = [];
for await (const row of readHsgDataset()) rows.push(row);
const items = rows.map((row) => ({ kind: row.kind as RecordKind, record: recordSchemas[row.kind as RecordKind].parse(row.record) }) as KindedRecord);

const SHARED_HSG = resolve(process.env.BILAT_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data'), 'hsg');
const HAS_SHARED = existsSync(join(SHARED_HSG, 'travels'));
if (!HAS_SHARED) console.warn(`[bilat tests] ${SHARED_HSG} is absent: skipping the check of the Office's wording against the hsg bundle.`);

describe('the Office of the Historian bundle', () => {
  it('is a gzipped NDJSON file whose every line is a valid record of a known kind, no id twice', () => {
    expect(hsgDatasetPath()).toMatch(/data\/hsg\.ndjson\.gz$/);
    expect(rows.length).toBeGreaterThan(20_000);
    const keys = items.map((item) => refKey({ kind: item.kind, id: item.record.id }));
    expect(new Set(keys).size).toBe(keys.length);
    const kinds = new Set(items.map((item) => item.kind));
    for (const kind of ['source', 'person', 'post', 'holding', 'visit', 'relation', 'place', 'organization'] as const) expect(kinds.has(kind), kind).toBe(true);
    // Nothing is drafted from the remarks in the shipped bundle.
    expect(kinds.has('meeting')).toBe(false);
  });

  it('refers only to records it holds or the curated set holds, and names parties bilat knows', () => {
    const set = new RecordSet([...bundleRecords(loadCuratedBundle()), ...items]);
    const missing = items.flatMap((item) => referencesOf(item).filter((reference) => !set.has(reference.target)).map((reference) => `${item.kind} ${item.record.id} → ${refKey(reference.target)}`));
    expect(missing).toEqual([]);
    for (const item of items) if (item.kind === 'relation' || item.kind === 'visit') expect((item.kind === 'relation' ? item.record.pair.split('-') : [item.record.from, item.record.to]).every(isPartyCode)).toBe(true);
  });

  it('holds facts and addresses, not the Office’s text: every source is a page of history.state.gov with no text', () => {
    for (const item of items.filter((candidate) => candidate.kind === 'source')) {
      const source = item.record as { url?: string; text?: string; publisher: string };
      expect(source.url).toMatch(/^https:\/\/history\.state\.gov\//);
      expect(source.text).toBeUndefined();
    }
  });

  it.skipIf(!HAS_SHARED)('contains no run of twelve words of the Office’s remarks, descriptions or articles', () => {
    const office = new Set<string>();
    const add = (text: string) => {
      const list = words(text);
      for (let i = 0; i + RUN <= list.length; i++) office.add(list.slice(i, i + RUN).join(' '));
    };
    const files = (dir: string) => readdirSync(join(SHARED_HSG, dir)).filter((name) => name.endsWith('.xml')).map((name) => readFileSync(join(SHARED_HSG, dir, name), 'utf8'));
    const between = (text: string, tag: string) => [...text.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]!.replace(/<[^>]+>/g, ' '));
    for (const text of [...files('travels/president-travels'), ...files('travels/secretary-travels')]) between(text, 'remarks').forEach(add);
    for (const text of files('visits/data')) between(text, 'description').forEach(add);
    for (const text of files('rdcr/articles')) between(text, 'p').forEach(add);
    expect(office.size).toBeGreaterThan(50_000);
    const bundle = words(rows.map((row) => JSON.stringify(row.record)).join(' '));
    const copied: string[] = [];
    for (let i = 0; i + RUN <= bundle.length; i++) {
      const run = bundle.slice(i, i + RUN).join(' ');
      if (office.has(run)) copied.push(run);
    }
    expect(copied).toEqual([]);
  });
});
