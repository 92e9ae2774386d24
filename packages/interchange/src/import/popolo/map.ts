import { createHash } from 'node:crypto';
import {
  isCountryCode,
  isPartialDate,
  partyFromAlpha3,
  slugify,
  type Citation,
  type FactStatus,
  type Holding,
  type Identifier,
  type NameVariant,
  type Organization,
  type OrganizationKind,
  type Person,
  type Post,
} from '@bilat/domain';

/*
 * Pure mapping between Popolo objects (persons, organizations, posts, memberships) and
 * bilat's people, organizations, posts and holdings.
 *
 * A file bilat exported says so (a top-level "bilat" object, written first) and carries,
 * on each object, a "bilat" object with what Popolo has no field for: the record's
 * status, citations and notes, an organization's member parties, a holding's
 * attestations. Ids are then bilat's own. Any other file's ids are Popolo's, prefixed.
 */

type Json = Record<string, unknown>;

/** What Popolo cannot say, carried beside each exported object. */
export interface BilatExtension {
  status?: FactStatus;
  citations?: Citation[];
  notes?: string;
  members?: string[];
  /** The country of an organization or a post (Popolo has none). */
  country?: string;
  attestations?: Holding['attestations'];
}

export interface PopoloMapping {
  /** The file is a bilat export: ids are bilat's. */
  native: boolean;
  /** The file's own source, cited where an object has no citations of its own. */
  sourceId: string;
  /** --country: the country of people, organizations and posts the file gives none for. */
  country?: string;
}

export type Mapped<T> = { record: T } | { field: string; message: string };

const string = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((item): item is Json => Boolean(item) && typeof item === 'object') : []);

export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}

/** A bilat id for a Popolo id: the id itself in a bilat export, else prefixed and slugged. */
export function idFor(popoloId: string, mapping: PopoloMapping): string {
  if (mapping.native) return popoloId;
  const slug = slugify(popoloId, 100);
  // Ids that are not text (only punctuation, other scripts) still get a stable id.
  return slug === 'record' ? `popolo-${shortHash(popoloId)}` : `popolo-${slug}`;
}

function extension(object: Json): BilatExtension {
  const value = object.bilat;
  return value && typeof value === 'object' ? (value as BilatExtension) : {};
}

function factFields(object: Json, mapping: PopoloMapping) {
  const ext = extension(object);
  return {
    status: ext.status ?? ('draft' as const),
    citations: ext.citations?.length ? ext.citations : [{ sourceId: mapping.sourceId }],
    ...(ext.notes ? { notes: ext.notes } : {}),
  };
}

/** A date at the precision given, or the field named when it is not one. */
function dateField(object: Json, field: string): Mapped<string | undefined> {
  const value = string(object[field]);
  if (value === undefined) return { record: undefined };
  return isPartialDate(value) ? { record: value } : { field, message: `"${value.slice(0, 40)}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD` };
}

const SCHEMES = new Set<Identifier['scheme']>(['wikidata', 'popolo', 'everypolitician', 'isni', 'viaf', 'website', 'other']);

/** Popolo identifiers as bilat's: known schemes kept, EveryPolitician's legacy ids as such, others as "scheme:value". */
export function identifiersOf(object: Json): Identifier[] {
  const out: Identifier[] = [];
  for (const entry of list(object.identifiers)) {
    const scheme = string(entry.scheme);
    const value = string(entry.identifier);
    if (!scheme || !value) continue;
    const known = scheme === 'everypolitician_legacy' ? 'everypolitician' : scheme;
    out.push(SCHEMES.has(known as Identifier['scheme']) && known !== 'other' ? { scheme: known as Identifier['scheme'], value } : { scheme: 'other', value: `${scheme}:${value}`.slice(0, 300) });
  }
  return out;
}

/** bilat identifiers as Popolo's (the inverse of identifiersOf for what bilat writes). */
export function popoloIdentifiers(identifiers: readonly Identifier[]): Json[] {
  return identifiers.map((identifier) => {
    if (identifier.scheme === 'other' && identifier.value.includes(':')) {
      const [scheme, ...rest] = identifier.value.split(':');
      if (scheme && !SCHEMES.has(scheme as Identifier['scheme']) && scheme !== 'everypolitician_legacy') return { scheme, identifier: rest.join(':') };
    }
    return { scheme: identifier.scheme, identifier: identifier.value };
  });
}

function withPopoloId(identifiers: Identifier[], popoloId: string, mapping: PopoloMapping): Identifier[] {
  const all = mapping.native || identifiers.some((i) => i.scheme === 'popolo' && i.value === popoloId) ? identifiers : [{ scheme: 'popolo' as const, value: popoloId }, ...identifiers];
  const seen = new Set<string>();
  return all.filter((identifier) => {
    const key = `${identifier.scheme}:${identifier.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, 20);
}

const KINDS = new Set<NameVariant['kind']>(['transliteration', 'script', 'spelling', 'former', 'short', 'official']);
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Other names, each value once and never the name itself, at most 50; the note says the kind when bilat wrote it. */
export function namesOf(object: Json, name: string): NameVariant[] {
  const seen = new Set([name]);
  const names: NameVariant[] = [];
  for (const entry of list(object.other_names)) {
    const value = string(entry.name);
    if (!value || seen.has(value) || value.length > 300) continue;
    seen.add(value);
    const note = string(entry.note);
    // Foreign files say "multilingual" and the like: another script, or another spelling.
    const kind = note && KINDS.has(note as NameVariant['kind']) ? (note as NameVariant['kind']) : /[^\p{Script=Latin}\p{P}\p{N}\s]/u.test(value) ? 'script' : 'spelling';
    const lang = string(entry.lang);
    const from = string(entry.start_date);
    const to = string(entry.end_date);
    names.push({
      value,
      kind,
      ...(lang && LANG.test(lang) ? { lang } : {}),
      ...(from && isPartialDate(from) ? { from } : {}),
      ...(to && isPartialDate(to) ? { to } : {}),
    });
    if (names.length === 50) break;
  }
  return names;
}

export function popoloNames(names: readonly NameVariant[]): Json[] {
  return names.map((n) => ({ name: n.value, note: n.kind, ...(n.lang ? { lang: n.lang } : {}), ...(n.from ? { start_date: n.from } : {}), ...(n.to ? { end_date: n.to } : {}) }));
}

/** A country code from a Popolo field ("EE", "EST"), when it is one. */
function countryOf(value: unknown): string | undefined {
  const text = string(value)?.toUpperCase();
  if (!text) return undefined;
  if (isCountryCode(text)) return text;
  const alpha2 = text.length === 3 ? partyFromAlpha3(text) : undefined;
  return alpha2 && isCountryCode(alpha2) ? alpha2 : undefined;
}

export function mapPerson(object: Json, mapping: PopoloMapping): Mapped<Person> {
  const popoloId = string(object.id);
  if (!popoloId) return { field: 'id', message: 'a Popolo person needs an id' };
  const name = string(object.name);
  if (!name) return { field: 'name', message: 'a Popolo person needs a name' };
  const country = countryOf(object.national_identity) ?? mapping.country;
  return {
    record: {
      id: idFor(popoloId, mapping),
      ...factFields(object, mapping),
      name: name.slice(0, 300),
      names: namesOf(object, name),
      ...(country ? { country } : {}),
      identifiers: withPopoloId(identifiersOf(object), popoloId, mapping),
    },
  };
}

const CLASSIFICATIONS: Readonly<Record<string, OrganizationKind>> = {
  legislature: 'parliament',
  parliament: 'parliament',
  executive: 'government',
  government: 'government',
  cabinet: 'government',
  ministry: 'ministry',
  committee: 'commission',
  commission: 'commission',
  'parliamentary group': 'parliamentary-group',
  company: 'company',
  embassy: 'embassy',
};

const KIND_CLASSIFICATION: Partial<Record<OrganizationKind, string>> = { parliament: 'legislature', government: 'executive' };

export function organizationKind(classification: string | undefined): OrganizationKind {
  const key = classification?.toLowerCase() ?? '';
  return CLASSIFICATIONS[key] ?? (['head-of-state', 'parliamentary-group', 'city', 'port', 'agency', 'news-agency', 'international-organization', 'other'].includes(key) ? (key as OrganizationKind) : 'other');
}

export function popoloClassification(kind: OrganizationKind): string {
  return KIND_CLASSIFICATION[kind] ?? kind;
}

export function mapOrganization(object: Json, mapping: PopoloMapping): Mapped<Organization> {
  const popoloId = string(object.id);
  if (!popoloId) return { field: 'id', message: 'a Popolo organization needs an id' };
  const name = string(object.name);
  if (!name) return { field: 'name', message: 'a Popolo organization needs a name' };
  const ext = extension(object);
  const members = (ext.members ?? []).filter((code) => typeof code === 'string');
  const country = members.length ? undefined : (countryOf(ext.country) ?? mapping.country);
  const parent = string(object.parent_id);
  return {
    record: {
      id: idFor(popoloId, mapping),
      ...factFields(object, mapping),
      name: name.slice(0, 300),
      kind: organizationKind(string(object.classification)),
      ...(country ? { country } : {}),
      members,
      names: namesOf(object, name),
      ...(parent ? { parentId: idFor(parent, mapping) } : {}),
      identifiers: withPopoloId(identifiersOf(object), popoloId, mapping),
    },
  };
}

const RANKS = new Set(['head-of-state', 'head-of-government', 'minister', 'deputy-minister', 'ambassador', 'director', 'mayor', 'speaker', 'member', 'other']);

export function mapPost(object: Json, mapping: PopoloMapping): Mapped<Post> {
  const popoloId = string(object.id);
  if (!popoloId) return { field: 'id', message: 'a Popolo post needs an id' };
  const title = string(object.label) ?? string(object.role);
  if (!title) return { field: 'label', message: 'a Popolo post needs a label' };
  const organization = string(object.organization_id);
  if (!organization) return { field: 'organization_id', message: 'a post belongs to an organization: organization_id is missing' };
  const role = string(object.role)?.toLowerCase();
  const country = countryOf(extension(object).country) ?? mapping.country;
  return {
    record: {
      id: idFor(popoloId, mapping),
      ...factFields(object, mapping),
      title: title.slice(0, 300),
      organizationId: idFor(organization, mapping),
      ...(country ? { country } : {}),
      names: namesOf(object, title),
      ...(role && RANKS.has(role) ? { rank: role as Post['rank'] } : {}),
    },
  };
}

/** The post a membership without one is in: "Member of <organization>". */
export function memberPostId(organizationId: string, mapping: PopoloMapping): string {
  return `${idFor(organizationId, mapping)}-member`;
}

export function memberPost(organizationPopoloId: string, organizationName: string | undefined, mapping: PopoloMapping): Post {
  return {
    id: memberPostId(organizationPopoloId, mapping),
    status: 'draft',
    citations: [{ sourceId: mapping.sourceId }],
    title: `Member of ${organizationName ?? organizationPopoloId}`.slice(0, 300),
    organizationId: idFor(organizationPopoloId, mapping),
    ...(mapping.country ? { country: mapping.country } : {}),
    names: [],
    rank: 'member',
  };
}

/** What a membership says that a holding has no field for, as a note. */
function membershipNote(object: Json, names: ReadonlyMap<string, string>): string | undefined {
  const parts: string[] = [];
  const onBehalf = string(object.on_behalf_of_id);
  if (onBehalf) parts.push(`on behalf of ${names.get(onBehalf) ?? onBehalf}`);
  const period = string(object.legislative_period_id);
  if (period) parts.push(`legislative period ${period}`);
  const area = string(object.area_id);
  if (area) parts.push(`area ${area}`);
  const role = string(object.role);
  if (role && !['member'].includes(role.toLowerCase())) parts.push(`role ${role}`);
  return parts.length ? `Popolo membership: ${parts.join('; ')}` : undefined;
}

export function mapMembership(object: Json, mapping: PopoloMapping, organizationNames: ReadonlyMap<string, string>): Mapped<Holding> & { memberOf?: string } {
  const person = string(object.person_id);
  if (!person) return { field: 'person_id', message: 'a membership names its person: person_id is missing' };
  const post = string(object.post_id);
  const organization = string(object.organization_id);
  if (!post && !organization) return { field: 'organization_id', message: 'a membership names a post or an organization' };
  const start = dateField(object, 'start_date');
  if (!('record' in start)) return start;
  const end = dateField(object, 'end_date');
  if (!('record' in end)) return end;
  const popoloId = string(object.id);
  const ext = extension(object);
  // Memberships rarely have ids: one is made from what tells two of them apart.
  const key = [person, organization, post, object.role, object.on_behalf_of_id, object.legislative_period_id, object.area_id, start.record, end.record].map((part) => String(part ?? '')).join('|');
  const id = popoloId ? idFor(popoloId, mapping) : `popolo-membership-${shortHash(key)}`;
  const note = mapping.native ? undefined : membershipNote(object, organizationNames);
  const fields = factFields(object, mapping);
  return {
    record: {
      id,
      ...fields,
      ...(note && !fields.notes ? { notes: note } : {}),
      personId: idFor(person, mapping),
      postId: post ? idFor(post, mapping) : memberPostId(organization!, mapping),
      ...(start.record ? { start: start.record } : {}),
      ...(end.record ? { end: end.record } : {}),
      attestations: ext.attestations ?? [],
      identifiers: popoloId && !mapping.native ? withPopoloId(identifiersOf(object), popoloId, mapping) : identifiersOf(object).slice(0, 20),
    },
    ...(post ? {} : { memberOf: organization }),
  };
}
