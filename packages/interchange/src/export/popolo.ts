import { RecordSet, referencesOf, type Holding, type KindedRecord, type Organization, type Person, type Post, type Source } from '@bilat/domain';
import { popoloClassification, popoloIdentifiers, popoloNames } from '../import/popolo/map.js';
import { filteredWithReferences } from './collect.js';
import { isFiltered, type ExportFilter, type ExportSink, type RecordReader } from './reader.js';

/*
 * Popolo JSON: persons, organizations, posts and memberships, as other Popolo tools read
 * them. A top-level "bilat" object (first, so a reader meets it before the records) and
 * one on each object keep what Popolo has no field for (status, citations, notes, the
 * sources), so the popolo importer reads the file back to the same records. An
 * organization's place is not carried.
 */

export const POPOLO_EXPORT_FORMAT = 'bilat/popolo';

const KINDS = ['organization', 'post', 'person', 'holding'] as const;

type Json = Record<string, unknown>;

function ext(record: { status: string; citations: unknown[]; notes?: string }, extra: Json = {}): Json {
  return { bilat: { status: record.status, citations: record.citations, ...(record.notes ? { notes: record.notes } : {}), ...extra } };
}

export function personToPopolo(person: Person): Json {
  return {
    id: person.id,
    name: person.name,
    ...(person.names.length ? { other_names: popoloNames(person.names) } : {}),
    ...(person.identifiers.length ? { identifiers: popoloIdentifiers(person.identifiers) } : {}),
    ...(person.country ? { national_identity: person.country } : {}),
    ...ext(person),
  };
}

export function organizationToPopolo(organization: Organization): Json {
  return {
    id: organization.id,
    name: organization.name,
    classification: popoloClassification(organization.kind),
    ...(organization.names.length ? { other_names: popoloNames(organization.names) } : {}),
    ...(organization.identifiers.length ? { identifiers: popoloIdentifiers(organization.identifiers) } : {}),
    ...(organization.parentId ? { parent_id: organization.parentId } : {}),
    ...ext(organization, { ...(organization.country ? { country: organization.country } : {}), ...(organization.members.length ? { members: organization.members } : {}) }),
  };
}

export function postToPopolo(post: Post): Json {
  return {
    id: post.id,
    label: post.title,
    organization_id: post.organizationId,
    ...(post.rank ? { role: post.rank } : {}),
    ...(post.names.length ? { other_names: popoloNames(post.names) } : {}),
    ...ext(post, post.country ? { country: post.country } : {}),
  };
}

export function holdingToPopolo(holding: Holding, post: Post | undefined): Json {
  return {
    id: holding.id,
    person_id: holding.personId,
    post_id: holding.postId,
    ...(post ? { organization_id: post.organizationId } : {}),
    ...(holding.start ? { start_date: holding.start } : {}),
    ...(holding.end ? { end_date: holding.end } : {}),
    ...(holding.identifiers.length ? { identifiers: popoloIdentifiers(holding.identifiers) } : {}),
    ...ext(holding, holding.attestations.length ? { attestations: holding.attestations } : {}),
  };
}

export async function exportPopolo(reader: RecordReader, filter: ExportFilter, sink: ExportSink): Promise<number> {
  let set: RecordSet;
  if (isFiltered(filter)) {
    // People of the country (or pair) and their holdings, with the posts and organizations these point at.
    set = await filteredWithReferences(reader, filter, ['person', 'organization', 'post']);
    const people = new Set(set.all('person').map((person) => person.id));
    const holdings: Holding[] = [];
    for await (const page of reader.pages('holding', {})) holdings.push(...page.filter((holding) => people.has(holding.personId)));
    const withHoldings = new RecordSet([...set.items(), ...holdings.map((record) => ({ kind: 'holding', record }) as const)]);
    set = await closeOver(reader, withHoldings);
  } else {
    set = new RecordSet();
    for (const kind of KINDS) for await (const page of reader.pages(kind, {})) for (const record of page) set.put({ kind, record } as KindedRecord);
    set = await closeOver(reader, set);
  }
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : 1));
  const posts = new Map(set.all('post').map((post) => [post.id, post]));
  const document = {
    bilat: { format: POPOLO_EXPORT_FORMAT, version: 1, sources: byId(set.all('source')) as Source[] },
    persons: byId(set.all('person')).map(personToPopolo),
    organizations: byId(set.all('organization')).map(organizationToPopolo),
    posts: byId(set.all('post')).map(postToPopolo),
    memberships: byId(set.all('holding')).map((holding) => holdingToPopolo(holding, posts.get(holding.postId))),
  };
  await sink.write(`${JSON.stringify(document, null, 2)}\n`);
  return document.persons.length + document.organizations.length + document.posts.length + document.memberships.length;
}

/** Adds what the records point at: posts, organizations (and their parents), people, sources. */
async function closeOver(reader: RecordReader, set: RecordSet): Promise<RecordSet> {
  let frontier = [...set.items()];
  while (frontier.length) {
    const next: KindedRecord[] = [];
    const wanted = new Map<string, Set<string>>();
    for (const item of frontier) {
      for (const reference of referencesOf(item)) {
        // Places are not carried in Popolo; everything else an official's record needs is.
        if (reference.target.kind === 'place' || set.has(reference.target)) continue;
        wanted.set(reference.target.kind, (wanted.get(reference.target.kind) ?? new Set()).add(reference.target.id));
      }
    }
    for (const [kind, ids] of wanted) {
      for (const record of await reader.get(kind as KindedRecord['kind'], [...ids])) {
        const item = { kind, record } as KindedRecord;
        set.put(item);
        next.push(item);
      }
    }
    frontier = next;
  }
  return set;
}
