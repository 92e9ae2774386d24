import { RecordSet, type Holding, type KindedRecord, type Organization, type Person, type Post, type RecordKind } from '@bilat/domain';
import { pagePath } from '@bilat/formats/describe';
import { countryNode, meetingJsonLd } from '@bilat/formats/jsonld';
import { filteredWithReferences } from './collect.js';
import { isFiltered, type ExportFilter, type ExportSink, type RecordReader } from './reader.js';

/*
 * schema.org JSON-LD: meetings as Event (the same node the meeting's web page carries), people as Person (with the posts they held as
 * Role), organizations as Organization. The document names the schema.org context by its
 * address; `schemaOrgContext` (bundled, no network) is what a processor is given for it:
 * the part of the official context these documents use, mapping the same terms to the
 * same IRIs (`http://schema.org/…`, as the official context does).
 */

export const SCHEMA_ORG_CONTEXT_URL = 'https://schema.org';

type Json = Record<string, unknown>;

export interface JsonLdOptions {
  /** Ids become `<base>/meetings/<id>` and so on (the web viewer's addresses); default `urn:bilat:`. */
  baseUrl?: string;
}

/** A record's node id: its page on the viewer at `base` (the same address the viewer links to), else a `urn:bilat:` name. */
function idOf(kind: RecordKind, id: string, base: string | undefined): string {
  const path = base ? pagePath(kind, id) : undefined;
  return base && path ? `${base.replace(/\/+$/, '')}${path}` : `urn:bilat:${kind}:${id}`;
}

function wikidataLinks(identifiers: readonly { scheme: string; value: string }[]): string[] {
  return identifiers.filter((i) => i.scheme === 'wikidata' && /^Q\d+$/.test(i.value)).map((i) => `https://www.wikidata.org/wiki/${i.value}`);
}

function personNode(person: Person, holdings: readonly Holding[], posts: ReadonlyMap<string, Post>, base: string | undefined): Json {
  const roles = holdings.flatMap((holding) => {
    const post = posts.get(holding.postId);
    if (!post) return [];
    return [{ '@type': 'Role', roleName: post.title, ...(holding.start ? { startDate: holding.start } : {}), ...(holding.end ? { endDate: holding.end } : {}), memberOf: { '@id': idOf('organization', post.organizationId, base) } }];
  });
  const sameAs = wikidataLinks(person.identifiers);
  return {
    '@type': 'Person',
    '@id': idOf('person', person.id, base),
    identifier: person.id,
    name: person.name,
    ...(person.names.length ? { alternateName: person.names.map((n) => n.value) } : {}),
    ...(person.country ? { nationality: countryNode(person.country) } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(roles.length ? { memberOf: roles } : {}),
  };
}

function organizationNode(organization: Organization, base: string | undefined): Json {
  const sameAs = wikidataLinks(organization.identifiers);
  return {
    '@type': 'Organization',
    '@id': idOf('organization', organization.id, base),
    identifier: organization.id,
    name: organization.name,
    ...(organization.names.length ? { alternateName: organization.names.map((n) => n.value) } : {}),
    ...(organization.country ? { areaServed: countryNode(organization.country) } : {}),
    ...(organization.members.length ? { member: organization.members.map(countryNode) } : {}),
    ...(organization.parentId ? { parentOrganization: { '@id': idOf('organization', organization.parentId, base) } } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

export async function exportJsonLd(reader: RecordReader, filter: ExportFilter, sink: ExportSink, options: JsonLdOptions = {}): Promise<number> {
  const kinds = ['meeting', 'person', 'organization', 'holding', 'post'] as const;
  let set: RecordSet;
  if (isFiltered(filter)) set = await filteredWithReferences(reader, filter, kinds);
  else {
    set = new RecordSet();
    for (const kind of kinds) for await (const page of reader.pages(kind, {})) for (const record of page) set.put({ kind, record } as KindedRecord);
    const placeIds = set.all('meeting').flatMap((m) => (m.location.placeId ? [m.location.placeId] : []));
    for (const place of await reader.get('place', [...new Set(placeIds)])) set.put({ kind: 'place', record: place });
  }
  const posts = new Map(set.all('post').map((post) => [post.id, post]));
  const places = new Map(set.all('place').map((place) => [place.id, place]));
  const holdings = new Map<string, Holding[]>();
  for (const holding of set.all('holding')) holdings.set(holding.personId, [...(holdings.get(holding.personId) ?? []), holding]);
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : 1));
  const graph = [
    ...byId(set.all('meeting')).map((meeting) =>
      meetingJsonLd(meeting, {
        idOf: (kind, id) => idOf(kind, id, options.baseUrl),
        titleOf: (kind, id) => (kind === 'person' ? set.get('person', id)?.name : kind === 'post' ? set.get('post', id)?.title : undefined),
        place: meeting.location.placeId ? places.get(meeting.location.placeId) : undefined,
      }),
    ),
    ...byId(set.all('person')).map((person) => personNode(person, holdings.get(person.id) ?? [], posts, options.baseUrl)),
    ...byId(set.all('organization')).map((organization) => organizationNode(organization, options.baseUrl)),
  ];
  await sink.write(`${JSON.stringify({ '@context': SCHEMA_ORG_CONTEXT_URL, '@graph': graph }, null, 2)}\n`);
  return graph.length;
}
