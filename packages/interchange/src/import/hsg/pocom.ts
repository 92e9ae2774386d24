import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { partyName, partyNameInText, slugify, type Attestation, type Citation, type Holding, type NameVariant, type Person } from '@bilat/domain';
import type { ImportItem } from '../types.js';
import { officeDate } from './common.js';
import type { HsgContext } from './read.js';
import { recordsOnce, xmlFiles } from './read.js';
import { missionPost, officeSource, secretaryPost, sourceIds, US_SECRETARY_OF_STATE, usOrganizations } from './records.js';
import { existedIn, territoryParty } from './territories.js';
import { child, childElements, childText, readXmlElements, textOf, XmlFileError, type XmlElement } from './xml.js';

/*
 * pocom/: U.S. chiefs of mission (missions-countries/, one file a country), the people
 * (people/<letter>/<id>.xml), the roles (roles-country-chiefs/), concurrent
 * accreditations (concurrent-appointments/) and the secretaries of state
 * (positions-principals/secretary.xml). Each chief becomes a holding of the post
 * "<role> of the United States to <country>", its appointment, arrival, credentials and
 * departure dated attestations at the precision given; a missing end stays unknown.
 */

/** What the <appointed>, <arrived>, <started> and <ended> of a chief mark. */
const EVENTS = [
  ['appointed', 'appointed'],
  ['arrived', 'arrived'],
  ['started', 'credentials-presented'],
  ['ended', 'left-post'],
] as const satisfies readonly (readonly [string, Attestation['event']])[];

const people = new WeakMap<HsgContext, Map<string, Person | null>>();

function personName(element: XmlElement): { name: string; names: NameVariant[] } {
  const persName = child(element, 'persName');
  const forename = persName ? childText(persName, 'forename') : '';
  const surname = persName ? childText(persName, 'surname') : '';
  const generation = persName ? childText(persName, 'genName') : '';
  const name = [forename, surname, generation].filter(Boolean).join(' ');
  const names = (persName ? childElements(persName, 'altname') : [])
    .map((alt) => textOf(alt))
    .filter((value) => value && value !== name)
    .map((value): NameVariant => ({ value, kind: 'spelling' }));
  return { name, names };
}

/**
 * The person record of one of the Office's people, from pocom/people when the folder has
 * it (read once per import); undefined when it does not.
 */
export async function officePersonRecord(hsg: HsgContext, officeId: string, citations: Citation[]): Promise<Person | undefined> {
  let cache = people.get(hsg);
  if (!cache) people.set(hsg, (cache = new Map()));
  if (!cache.has(officeId)) {
    const path = join(hsg.root, 'pocom', 'people', officeId.charAt(0), `${officeId}.xml`);
    let found: Person | null = null;
    if (/^[a-z0-9-]+$/.test(officeId) && existsSync(path)) {
      for await (const element of readXmlElements(path, { name: hsg.name(path), select: (p) => p.length === 1 && p[0] === 'person' })) {
        const { name, names } = personName(element);
        if (!name) throw new XmlFileError(hsg.name(path), element.line, 'the person has neither forename nor surname');
        const id = hsg.people.officePerson(officeId, name, names.map((n) => n.value));
        found = { id, status: 'draft', citations, name, names, country: 'US', identifiers: [{ scheme: 'hsg', value: officeId }] };
      }
    }
    cache.set(officeId, found);
  }
  const person = cache.get(officeId);
  return person ? { ...person, citations } : undefined;
}

async function readRoles(hsg: HsgContext): Promise<Map<string, string>> {
  const roles = new Map<string, string>();
  for (const path of await xmlFiles(join(hsg.root, 'pocom', 'roles-country-chiefs'))) {
    for await (const element of hsg.elements(path, (p) => p.length === 1 && p[0] === 'role')) {
      const names = child(element, 'names');
      const title = names ? childText(names, 'singular') : '';
      if (childText(element, 'id') && title) roles.set(childText(element, 'id'), title);
    }
  }
  return roles;
}

interface Concurrent {
  chiefIds: string[];
  resident?: string;
  residentTerritory?: string;
}

async function readConcurrent(hsg: HsgContext): Promise<Map<string, Concurrent>> {
  const byChief = new Map<string, Concurrent>();
  for (const path of await xmlFiles(join(hsg.root, 'pocom', 'concurrent-appointments'))) {
    for await (const element of hsg.elements(path, (p) => p.length === 1 && p[0] === 'concurrent-appointments')) {
      hsg.stat('concurrent accreditations');
      const resident = child(element, 'resident-at');
      const group: Concurrent = {
        chiefIds: childElements(element, 'chief-id').map(textOf),
        resident: resident ? childText(resident, 'locale-id') : undefined,
        residentTerritory: resident ? childText(resident, 'contemporary-territory-id') : undefined,
      };
      for (const chiefId of group.chiefIds) byChief.set(chiefId, group);
    }
  }
  return byChief;
}

/** Which party each chief of mission was accredited to, read ahead so concurrent accreditations can name them. */
async function readChiefParties(hsg: HsgContext, files: string[]): Promise<Map<string, string>> {
  const parties = new Map<string, string>();
  for (const path of files) {
    for await (const element of readXmlElements(path, { name: hsg.name(path), select: (p) => p.length === 3 && p[1] === 'chiefs' && p[2] === 'chief' })) {
      const party = territoryParty(childText(element, 'contemporary-territory-id'));
      if (party) parties.set(childText(element, 'id'), party);
    }
  }
  return parties;
}

const cityName = (slug: string) => slug.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');

function concurrencyNote(chiefId: string, concurrent: Map<string, Concurrent>, parties: Map<string, string>): string | undefined {
  const group = concurrent.get(chiefId);
  if (!group || group.chiefIds.length < 2) return undefined;
  const names = [...new Set(group.chiefIds.map((id) => parties.get(id)).filter((party): party is string => Boolean(party)))].map(partyName);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
  const residentParty = group.residentTerritory ? territoryParty(group.residentTerritory) : undefined;
  const resident = group.resident ? `; resident in ${cityName(group.resident)}${residentParty ? ` (${partyName(residentParty)})` : ''}` : '';
  return `Accredited concurrently to ${list}${resident}.`;
}

/**
 * The dated steps of a chief's (or a principal officer's) tenure, or the field whose date
 * is not one. A chargé d'affaires presents no credentials: the start is when charge was assumed.
 */
function tenure(element: XmlElement, sourceId: string): { attestations: Attestation[]; dates: Record<string, string | undefined> } | { field: string; value: string } {
  const attestations: Attestation[] = [];
  const dates: Record<string, string | undefined> = {};
  const charge = /^charge-daffaires|principal-officer|acting/.test(childText(element, 'role-title-id'));
  for (const [tag, named] of EVENTS) {
    const event = tag === 'started' && charge ? 'assumed-charge' : named;
    const step = child(element, tag);
    if (!step) continue;
    const parsed = officeDate(childText(step, 'date'));
    if (parsed.invalid) return { field: `${tag}.date`, value: parsed.invalid };
    dates[tag] = parsed.date;
    if (parsed.date) attestations.push({ on: parsed.date, event, sourceId });
  }
  return { attestations, dates };
}

export async function* readPocom(hsg: HsgContext): AsyncGenerator<ImportItem> {
  const base = join(hsg.root, 'pocom');
  const roles = await readRoles(hsg);
  const concurrent = await readConcurrent(hsg);
  const files = await xmlFiles(join(base, 'missions-countries'));
  const chiefParties = await readChiefParties(hsg, files);
  const holdingIds = new Set<string>();
  const holdingId = (prefix: string, officeId: string) => {
    const base = `${prefix}-${slugify(officeId, 100)}`;
    let id = base;
    for (let n = 2; holdingIds.has(id); n++) id = `${base}-${n}`;
    holdingIds.add(id);
    return id;
  };

  for (const path of files) {
    hsg.stat('chiefs of mission files');
    let territory = '';
    let party: string | undefined;
    let sourceId = '';
    for await (const element of hsg.elements(path, (p) => (p.length === 2 && p[1] === 'territory-id') || (p.length === 3 && (p[1] === 'chiefs' || p[1] === 'other-nominees') && p[2] === 'chief'))) {
      if (element.name === 'territory-id') {
        territory = textOf(element);
        party = territoryParty(territory);
        if (!party) {
          yield hsg.problem(path, element.line, `unknown territory id "${territory}" (not an ISO country name, nor in the table of exceptions)`, 'territory-id');
          return;
        }
        const source = officeSource(sourceIds.chiefs(territory), `Chiefs of mission of the United States to ${partyNameInText(party)}`, `/departmenthistory/people/chiefsofmission/${territory}`, hsg.accessed);
        sourceId = source.id;
        yield* recordsOnce(hsg, [{ kind: 'source', record: source }]);
        continue;
      }
      hsg.stat('chiefs of mission');
      if (!party) {
        yield hsg.problem(path, element.line, 'a chief of mission before the file names its territory-id', 'territory-id');
        continue;
      }
      const chiefId = childText(element, 'id');
      // <other-nominees> were nominated but never served: nothing was held.
      if (isNominee(element)) {
        hsg.skip('chief of mission: a nominee who did not serve (other-nominees)');
        continue;
      }
      const contemporary = childText(element, 'contemporary-territory-id') || territory;
      const accredited = territoryParty(contemporary);
      if (!accredited) {
        yield hsg.problem(path, element.line, `unknown territory id "${contemporary}" (not an ISO country name, nor in the table of exceptions)`, 'contemporary-territory-id');
        continue;
      }
      const roleId = childText(element, 'role-title-id');
      const roleTitle = roles.get(roleId);
      if (!roleTitle) {
        yield hsg.problem(path, element.line, `unknown role "${roleId}" (not in pocom/roles-country-chiefs)`, 'role-title-id');
        continue;
      }
      const steps = tenure(element, sourceId);
      if ('field' in steps) {
        yield hsg.problem(path, element.line, `"${steps.value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, steps.field);
        continue;
      }
      const when = steps.dates.started ?? steps.dates.arrived ?? steps.dates.appointed;
      if (when && !existedIn(accredited, Number(when.slice(0, 4)))) {
        hsg.skip(`chief of mission: its territory id names a state that no longer existed then (${contemporary})`);
        continue;
      }
      const citations: Citation[] = [{ sourceId }];
      const officeId = childText(element, 'person-id');
      const person = await officePersonRecord(hsg, officeId, citations);
      if (!person) {
        yield hsg.problem(path, element.line, `person-id "${officeId}" has no file pocom/people/${officeId.charAt(0)}/${officeId}.xml`, 'person-id');
        continue;
      }
      const post = missionPost(roleId, roleTitle, accredited, citations);
      const note = concurrencyNote(chiefId, concurrent, chiefParties);
      const start = steps.dates.started ?? steps.dates.arrived;
      const holding: Holding = {
        id: holdingId('hsg-chief', chiefId),
        status: 'draft',
        citations,
        ...(note ? { notes: note } : {}),
        personId: person.id,
        postId: post.id,
        ...(start ? { start } : {}),
        ...(steps.dates.ended ? { end: steps.dates.ended } : {}),
        attestations: steps.attestations,
        identifiers: [{ scheme: 'hsg', value: chiefId }],
      };
      yield* recordsOnce(hsg, [
        ...usOrganizations(citations).map((record) => ({ kind: 'organization' as const, record })),
        { kind: 'post', record: post },
        { kind: 'person', record: person },
      ], element.line);
      hsg.stat('chiefs of mission stored');
      if (note) hsg.stat('chiefs of mission accredited concurrently');
      yield { kind: 'holding', record: holding, line: element.line };
    }
  }
  yield* readSecretaries(hsg, holdingId);
}

/** Whether a <chief> (or <principal>) was read from <other-nominees> (or <other-appointees>): nominated, never in post. */
function isNominee(element: XmlElement): boolean {
  return element.path?.[1] === 'other-nominees' || element.path?.[1] === 'other-appointees';
}

async function* readSecretaries(hsg: HsgContext, holdingId: (prefix: string, officeId: string) => string): AsyncGenerator<ImportItem> {
  const path = join(hsg.root, 'pocom', 'positions-principals', 'secretary.xml');
  if (!existsSync(path)) return;
  const source = officeSource(sourceIds.principals('secretary'), 'Secretaries of State (principal officers of the Department of State)', '/departmenthistory/people/principalofficers/secretary', hsg.accessed);
  const citations: Citation[] = [{ sourceId: source.id }];
  yield* recordsOnce(hsg, [
    { kind: 'source', record: source },
    ...usOrganizations(citations).map((record) => ({ kind: 'organization' as const, record })),
    { kind: 'post', record: secretaryPost(citations) },
  ]);
  for await (const element of hsg.elements(path, (p) => p.length === 3 && (p[1] === 'principals' || p[1] === 'other-appointees') && p[2] === 'principal')) {
    hsg.stat('secretaries of state');
    if (isNominee(element)) {
      hsg.skip('secretary of state: an appointee who did not serve (other-appointees)');
      continue;
    }
    const steps = tenure(element, source.id);
    if ('field' in steps) {
      yield hsg.problem(path, element.line, `"${steps.value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, steps.field);
      continue;
    }
    const officeId = childText(element, 'person-id');
    const person = await officePersonRecord(hsg, officeId, citations);
    if (!person) {
      yield hsg.problem(path, element.line, `person-id "${officeId}" has no file pocom/people/${officeId.charAt(0)}/${officeId}.xml`, 'person-id');
      continue;
    }
    const principalId = childText(element, 'id');
    // A secretary "enters on duty" (started); that is when the term begins.
    const start = steps.dates.started ?? steps.dates.appointed;
    const holding: Holding = {
      id: holdingId('hsg-principal', principalId),
      status: 'draft',
      citations,
      personId: person.id,
      postId: US_SECRETARY_OF_STATE,
      ...(start ? { start } : {}),
      ...(steps.dates.ended ? { end: steps.dates.ended } : {}),
      attestations: steps.attestations.filter((attestation) => attestation.event !== 'credentials-presented'),
      identifiers: [{ scheme: 'hsg', value: principalId }],
    };
    yield* recordsOnce(hsg, [{ kind: 'person', record: person }], element.line);
    hsg.stat('secretaries of state stored');
    yield { kind: 'holding', record: holding, line: element.line };
  }
}
