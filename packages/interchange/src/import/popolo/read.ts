import type { Source } from '@bilat/domain';
import { readJsonElements } from '../../read/json.js';
import { FILE_MERGE_RULES, fileSource } from '../file-source.js';
import { inputLines } from '../input.js';
import { count, type ImportContext, type ImportFormat, type ImportItem } from '../types.js';
import { mapMembership, mapOrganization, mapPerson, mapPost, memberPost, type Mapped, type PopoloMapping } from './map.js';

/*
 * Popolo JSON (persons, organizations, posts, memberships) read element by element: the
 * memory it needs is one element plus the organizations' names (for "Member of …"
 * posts). Memberships without a post become a post "Member of <organization>".
 */

type Json = Record<string, unknown>;

const COLLECTIONS = { persons: 'person', organizations: 'organization', posts: 'post', memberships: 'holding' } as const;

async function* readPopolo(context: ImportContext): AsyncGenerator<ImportItem> {
  const country = context.settings.country?.toUpperCase();
  const own = fileSource('popolo', context, { publisher: 'Popolo data file', title: `Popolo file ${context.input.name}` });
  const mapping: PopoloMapping = { native: false, sourceId: own.id, country };
  const organizationNames = new Map<string, string>();
  const memberOf = new Map<string, number>();
  let ownCited = false;
  let started = false;
  let metaSources: string[] = [];
  const cites = (citations: { sourceId: string }[]) => citations.some((citation) => citation.sourceId === own.id);

  for await (const element of readJsonElements(inputLines(context), { collections: Object.keys(COLLECTIONS), values: ['bilat', 'meta'] })) {
    if (element.index === -1) {
      const value = element.value as Json;
      if (element.collection === 'bilat' && !started && value && typeof value === 'object') {
        // A bilat export: its ids are bilat's and it brings the sources it cites.
        mapping.native = true;
        for (const source of Array.isArray(value.sources) ? (value.sources as Source[]) : []) yield { kind: 'source', record: source, line: element.line };
      } else if (element.collection === 'meta' && value && typeof value === 'object' && Array.isArray(value.sources)) {
        metaSources = value.sources.filter((url): url is string => typeof url === 'string');
      }
      continue;
    }
    started = true;
    const collection = element.collection as keyof typeof COLLECTIONS;
    count(context.stats, collection);
    const object = element.value;
    const field = (name: string) => `${collection}[${element.index}]${name ? `.${name}` : ''}`;
    if (!object || typeof object !== 'object' || Array.isArray(object)) {
      yield { problem: { line: element.line, field: field(''), message: 'expected an object' } };
      continue;
    }
    const json = object as Json;
    let mapped: Mapped<{ id: string; citations: { sourceId: string }[] }> & { memberOf?: string };
    if (collection === 'persons') mapped = mapPerson(json, mapping);
    else if (collection === 'organizations') {
      mapped = mapOrganization(json, mapping);
      if ('record' in mapped && typeof json.id === 'string') organizationNames.set(json.id, (mapped.record as unknown as { name: string }).name);
    } else if (collection === 'posts') mapped = mapPost(json, mapping);
    else mapped = mapMembership(json, mapping, organizationNames);
    if (!('record' in mapped)) {
      yield { problem: { line: element.line, field: field(mapped.field), message: mapped.message } };
      continue;
    }
    if (mapped.memberOf !== undefined && !memberOf.has(mapped.memberOf)) memberOf.set(mapped.memberOf, element.line);
    if (cites(mapped.record.citations)) ownCited = true;
    yield { kind: COLLECTIONS[collection], record: mapped.record, line: element.line };
  }
  for (const [organization, line] of memberOf) {
    ownCited = true;
    yield { kind: 'post', record: memberPost(organization, organizationNames.get(organization), mapping), line };
  }
  if (ownCited) {
    const notes = metaSources.length ? `The file names its sources: ${metaSources.join(', ')}` : undefined;
    yield { kind: 'source', record: notes ? { ...own, notes: notes.slice(0, 5000) } : own };
  }
}

export const popoloFormat: ImportFormat = {
  name: 'popolo',
  description: 'Popolo JSON: persons, organizations, posts and memberships',
  read: readPopolo,
  merge: FILE_MERGE_RULES,
};
