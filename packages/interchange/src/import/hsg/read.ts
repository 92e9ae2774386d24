import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { foldText, refKey, type Citation, type KindedRecord, type Place, type Post, type RecordKind, type RecordOf, type Source } from '@bilat/domain';
import type { MergeRules } from '@bilat/db';
import { count, ImportUsageError, type ImportContext, type ImportFormat, type ImportItem } from '../types.js';
import { PeopleRegistry, poolPerson, type HeldPerson } from './people.js';
import { poolHolding } from './records.js';
import { readPocom } from './pocom.js';
import { readRdcr } from './rdcr.js';
import { readTravels } from './travels.js';
import { readVisits } from './visits.js';
import { XmlFileError, readXmlElements, type ReadXmlOptions, type XmlElement } from './xml.js';

/*
 * `bilat import hsg DIR`: a folder holding any of the Office of the Historian's
 * repositories (travels/, visits/, pocom/, rdcr/), each as a `git clone` or the shared
 * snapshot lays it out. Every XML file is read as a stream; records go to the import's
 * one transaction as they are read. Rows read but not stored are counted by reason.
 */

/** The four repositories, in the order they are read: visitors are known before the remarks that name them. */
export const HSG_PARTS = ['visits', 'travels', 'pocom', 'rdcr'] as const;
export type HsgPart = (typeof HSG_PARTS)[number];

/** What `prepare` finds in the database before the transaction: people and places to match, bodies and posts to refer to. */
export interface HsgPrepared {
  people: HeldPerson[];
  places: Pick<Place, 'id' | 'name' | 'names' | 'country'>[];
  /** Organizations and posts held from elsewhere (`lt-government`): referred to, never written over. */
  held?: string[];
}

/** Settings of the hsg reader beyond the common ones. */
export interface HsgSettings {
  /**
   * Keep the Office's remarks and descriptions as the sources' text and draft records
   * from them (the default). Off, the records carry facts and addresses only, as the
   * shipped bundle does.
   */
  texts?: boolean;
}

/** Shared by the four parts while one import runs. */
export interface HsgContext {
  root: string;
  import: ImportContext;
  people: PeopleRegistry;
  texts: boolean;
  accessed: string | undefined;
  /** A place for a city of a party: a held one with that name, or a new id. */
  placeFor(city: string, party: string): { id: string; isNew: boolean };
  /** Records already yielded once by this import (bodies, posts, sources shared by many rows). */
  once(kind: RecordKind, id: string): boolean;
  /** A person record to yield, unless this import already yielded the same one. */
  personChanged(record: RecordOf<'person'>): boolean;
  /** Streams one file's selected elements, counting its bytes into the progress meter. */
  elements(path: string, select: ReadXmlOptions['select']): AsyncGenerator<XmlElement>;
  /** The file's path as problems name it: `hsg/travels/secretary-travels/baker-james-addison.xml`. */
  name(path: string): string;
  problem(path: string, line: number, message: string, field?: string): ImportItem;
  skip(reason: string, by?: number): void;
  stat(key: string, by?: number): void;
}

/** The XML files of a folder, sorted, or none when it does not exist. */
export async function xmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.xml')).map((entry) => join(dir, entry.name)).sort();
}

/** Which of the four repositories a folder holds. */
export async function hsgParts(root: string): Promise<HsgPart[]> {
  const found: HsgPart[] = [];
  for (const part of HSG_PARTS) {
    const info = await stat(join(root, part)).catch(() => undefined);
    if (info?.isDirectory()) found.push(part);
  }
  return found;
}

/** The files the import reads, for the progress bar's total. */
export async function hsgFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const part of await hsgParts(root)) {
    const base = join(root, part);
    if (part === 'travels') {
      files.push(...(await xmlFiles(join(base, 'presidents'))), ...(await xmlFiles(join(base, 'president-travels'))), ...(await xmlFiles(join(base, 'secretary-travels'))));
    } else if (part === 'visits') files.push(...(await xmlFiles(join(base, 'data'))));
    else if (part === 'rdcr') files.push(...(await xmlFiles(join(base, 'articles'))));
    else {
      for (const dir of ['roles-country-chiefs', 'concurrent-appointments', 'missions-countries']) files.push(...(await xmlFiles(join(base, dir))));
      files.push(join(base, 'positions-principals', 'secretary.xml'));
    }
  }
  return files;
}

/** The size in bytes of what an import of this folder reads. */
export async function hsgSize(root: string): Promise<number> {
  let total = 0;
  for (const file of await hsgFiles(root)) total += (await stat(file).catch(() => ({ size: 0 }))).size;
  return total;
}

function isFolder(context: ImportContext): string {
  const root = context.input.folder;
  if (!root) throw new ImportUsageError(`hsg reads a folder (or a tar archive of one), not a single file: give the folder that holds travels/, visits/, pocom/ or rdcr/`);
  return root;
}

/** Before the transaction: the folder is checked, and the people and places already held are read for matching. */
export async function prepareHsg(context: ImportContext): Promise<HsgPrepared> {
  const root = isFolder(context);
  if ((await hsgParts(root)).length === 0) {
    throw new ImportUsageError(`${context.input.name} holds none of travels/, visits/, pocom/, rdcr/ (the Office of the Historian's repositories, as cloned or as in the shared snapshot)`);
  }
  context.meter.totalBytes = await hsgSize(root);
  // Records an earlier import of these files made are read again from the files, in the
  // same order, so names match as they did then and a second import changes nothing;
  // only people and places from elsewhere (curated, a press report) are matched up front.
  const fromElsewhere = (record: { citations: Citation[] }) => record.citations.some((citation) => !citation.sourceId.startsWith('hsg-'));
  const people = context.all ? (await context.all('person')).filter(fromElsewhere) : [];
  const places = context.all ? (await context.all('place')).filter(fromElsewhere) : [];
  const organizations = context.all ? (await context.all('organization')).filter(fromElsewhere) : [];
  const posts = context.all ? (await context.all('post')).filter(fromElsewhere) : [];
  const held = [
    ...people.map((record) => refKey({ kind: 'person', id: record.id })),
    ...organizations.map((record) => refKey({ kind: 'organization', id: record.id })),
    ...posts.map((record) => refKey({ kind: 'post', id: record.id })),
  ];
  return { people, places, held };
}

export async function* readHsg(context: ImportContext): AsyncGenerator<ImportItem> {
  const root = isFolder(context);
  const prepared = (context.prepared as HsgPrepared | undefined) ?? { people: [], places: [] };
  const settings = context.settings as ImportContext['settings'] & HsgSettings;
  const texts = settings.texts !== false;
  const folder = context.input.name;
  // Records held from elsewhere (curated, a press report) are referred to by id and never written over.
  const yielded = new Set<string>(prepared.held ?? []);
  const personVersions = new Map<string, string>();
  const places = new Map<string, string>();
  for (const place of prepared.places) {
    for (const name of [place.name, ...place.names.map((n) => n.value)]) places.set(`${foldText(name)}|${place.country}`, place.id);
  }
  let bytesBefore = 0;
  const hsg: HsgContext = {
    root,
    import: context,
    people: new PeopleRegistry(prepared.people),
    texts,
    accessed: texts ? context.settings.today : undefined,
    placeFor(city, party) {
      const key = `${foldText(city)}|${party}`;
      const found = places.get(key);
      if (found) return { id: found, isNew: false };
      const id = `${foldText(city).replaceAll(' ', '-').slice(0, 80)}-${party.toLowerCase()}`;
      places.set(key, id);
      return { id, isNew: true };
    },
    once(kind, id) {
      const key = refKey({ kind, id });
      if (yielded.has(key)) return false;
      yielded.add(key);
      return true;
    },
    personChanged(record) {
      if (yielded.has(refKey({ kind: 'person', id: record.id }))) return false;
      const body = JSON.stringify([record.name, record.names, record.country, record.identifiers]);
      if (personVersions.get(record.id) === body) return false;
      personVersions.set(record.id, body);
      return true;
    },
    async *elements(path, select) {
      let size = 0;
      const options: ReadXmlOptions = {
        name: hsg.name(path),
        select,
        onBytes: (bytes) => {
          size = bytes;
          context.meter.bytes = bytesBefore + bytes;
        },
      };
      try {
        for await (const element of readXmlElements(path, options)) {
          context.meter.lines += 1;
          yield element;
        }
      } finally {
        bytesBefore += size;
      }
    },
    name: (path) => `${folder}/${relative(root, path)}`,
    problem: (path, line, message, field) => ({ problem: { file: hsg.name(path), line, message, ...(field ? { field } : {}) } }),
    skip: (reason, by = 1) => count(context.skipped, reason, by),
    stat: (key, by = 1) => count(context.stats, key, by),
  };
  const parts = await hsgParts(root);
  const readers: Record<HsgPart, (hsg: HsgContext) => AsyncGenerator<ImportItem>> = { visits: readVisits, travels: readTravels, pocom: readPocom, rdcr: readRdcr };
  for (const part of HSG_PARTS) {
    if (!parts.includes(part)) continue;
    try {
      yield* readers[part](hsg);
    } catch (error) {
      // A malformed or cut-off file: the import is refused, naming the file and the line.
      if (error instanceof XmlFileError) {
        yield { problem: { file: error.file, line: error.line, message: `not well-formed XML: ${error.reason}` } };
        return;
      }
      throw error;
    }
  }
}

/** Records shared by many rows (the U.S. bodies and posts, governments, places), once per import. */
export function* recordsOnce(hsg: HsgContext, items: KindedRecord[], line?: number): Generator<ImportItem> {
  for (const item of items) {
    if (item.kind === 'person') {
      if (hsg.personChanged(item.record)) yield { ...item, line };
    } else if (hsg.once(item.kind, item.record.id)) yield { ...item, line };
  }
}

/** A record shared by many rows (a post, a place): what the files say now, citing every row that named it (up to 50). */
function poolCitations<T extends { citations: Citation[] }>(existing: T, incoming: T): T {
  const citations = [...existing.citations];
  for (const citation of incoming.citations) if (!citations.some((c) => c.sourceId === citation.sourceId && c.locator === citation.locator)) citations.push(citation);
  const pooled = { ...incoming, citations: citations.slice(0, 50) };
  return JSON.stringify(pooled) === JSON.stringify(existing) ? existing : pooled;
}

/** Keeps the day a source was first read, so importing again changes nothing. */
function keepFirstAccess(existing: Source, incoming: Source): Source {
  return existing.accessed && incoming.accessed !== existing.accessed ? { ...incoming, accessed: existing.accessed } : incoming;
}

export const HSG_MERGE_RULES: MergeRules = {
  source: keepFirstAccess,
  person: poolPerson,
  holding: poolHolding,
  post: (existing: Post, incoming: Post) => poolCitations(existing, incoming),
  place: poolCitations,
  organization: poolCitations,
};

export const hsgFormat: ImportFormat = {
  name: 'hsg',
  description: "the Office of the Historian's open data: a folder of travels/, visits/, pocom/ and rdcr/ XML",
  read: readHsg,
  prepare: prepareHsg,
  merge: HSG_MERGE_RULES,
};
