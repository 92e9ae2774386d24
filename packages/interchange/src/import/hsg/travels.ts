import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { partyNameInText, type Citation, type Holding, type Person, type Place, type Source, type Visit } from '@bilat/domain';
import type { ImportItem } from '../types.js';
import { officeDate, spanOf, visitKind } from './common.js';
import { officePersonRecord } from './pocom.js';
import type { HsgContext } from './read.js';
import { recordsOnce, xmlFiles } from './read.js';
import { officeSource, presidentPost, secretaryPost, sourceIds, US_PRESIDENT, US_SECRETARY_OF_STATE, usOrganizations } from './records.js';
import { draftFromRemark, multilateralGathering } from './remarks.js';
import { existedIn, territoryParty } from './territories.js';
import { child, childText } from './xml.js';

/*
 * travels/: the presidents' and secretaries of state's trips abroad, a file a traveller,
 * and the presidents with their terms. Each <trip> becomes a visit from the United States
 * to the country, the traveller a person who held the post on those dates (presidents'
 * terms from presidents.xml here, secretaries' from pocom's principal officers), the
 * first city of `locale` its place. The remarks are the traveller's source text, and the
 * people met, meetings and agreements they name are drafted from them.
 */

const ROLES: Record<string, { label: string; postId: string }> = {
  president: { label: 'President', postId: US_PRESIDENT },
  secretary: { label: 'Secretary of State', postId: US_SECRETARY_OF_STATE },
};

/** "Ankara, Diyarbakir, Cukurca" → the cities, in order. */
export function localeCities(locale: string): string[] {
  return locale
    .split(/,|;|\band\b/)
    .map((city) => city.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

async function* readPresidents(hsg: HsgContext): AsyncGenerator<ImportItem> {
  const path = join(hsg.root, 'travels', 'presidents', 'presidents.xml');
  if (!existsSync(path)) return;
  const source = officeSource(sourceIds.presidents(), 'Presidents of the United States and their terms (travels of the presidents)', '/departmenthistory/travels/president', hsg.accessed);
  const citations: Citation[] = [{ sourceId: source.id }];
  yield* recordsOnce(hsg, [
    { kind: 'source', record: source },
    ...usOrganizations(citations).map((record) => ({ kind: 'organization' as const, record })),
    { kind: 'post', record: presidentPost(citations) },
  ]);
  for await (const element of hsg.elements(path, (p) => p.length === 2 && p[1] === 'president')) {
    hsg.stat('presidents');
    const officeId = childText(element, 'id');
    const name = childText(element, 'name');
    const n = element.attributes.n ?? '';
    const took = officeDate(childText(element, 'took-office-date'));
    const left = officeDate(childText(element, 'left-office-date'));
    if (!officeId || !name || !/^\d+$/.test(n)) {
      yield hsg.problem(path, element.line, 'a president needs an id, a name and a number (n)', 'president');
      continue;
    }
    if (took.invalid || left.invalid) {
      yield hsg.problem(path, element.line, `not a date: "${took.invalid ?? left.invalid}" (YYYY, YYYY-MM or YYYY-MM-DD)`, took.invalid ? 'took-office-date' : 'left-office-date');
      continue;
    }
    const personId = hsg.people.officePerson(officeId, name);
    const person: Person = { id: personId, status: 'draft', citations, name, names: [], country: 'US', identifiers: [{ scheme: 'hsg', value: officeId }] };
    const holding: Holding = {
      id: `hsg-president-${n}`,
      status: 'draft',
      citations,
      personId,
      postId: US_PRESIDENT,
      ...(took.date ? { start: took.date } : {}),
      ...(left.date ? { end: left.date } : {}),
      attestations: [],
      identifiers: [{ scheme: 'hsg', value: `president-${n}` }],
    };
    yield* recordsOnce(hsg, [{ kind: 'person', record: person }], element.line);
    yield { kind: 'holding', record: holding, line: element.line };
  }
}

export async function* readTravels(hsg: HsgContext): AsyncGenerator<ImportItem> {
  yield* readPresidents(hsg);
  const files = [...(await xmlFiles(join(hsg.root, 'travels', 'president-travels'))), ...(await xmlFiles(join(hsg.root, 'travels', 'secretary-travels')))];
  for (const path of files) {
    hsg.stat('travel files');
    const who = basename(path, '.xml');
    // The traveller's page on history.state.gov, with the remarks as its text when texts are kept.
    const remarks: string[] = [];
    let length = 0;
    let role: string | undefined;
    let travellerName = '';
    for await (const trip of hsg.elements(path, (p) => p.length === 2 && p[1] === 'trip')) {
      hsg.stat('trips');
      const id = childText(trip, 'id');
      role = trip.attributes.role ?? childText(trip, 'role');
      const travellerRole = ROLES[role];
      if (!travellerRole) {
        yield hsg.problem(path, trip.line, `unknown role "${role}" (president or secretary)`, 'role');
        continue;
      }
      const officeId = trip.attributes.who ?? who;
      travellerName = childText(trip, 'name');
      const country = child(trip, 'country');
      const slug = country?.attributes.id ?? '';
      const party = territoryParty(slug);
      if (!party) {
        yield hsg.problem(path, country?.line ?? trip.line, `unknown country id "${slug}" (not an ISO country name, nor in the table of exceptions)`, 'country');
        continue;
      }
      const start = officeDate(childText(trip, 'start-date'));
      const end = officeDate(childText(trip, 'end-date'));
      if (start.invalid || !start.date || end.invalid) {
        yield hsg.problem(path, trip.line, `not a date: "${start.invalid ?? end.invalid ?? ''}" (YYYY, YYYY-MM or YYYY-MM-DD)`, start.invalid || !start.date ? 'start-date' : 'end-date');
        continue;
      }
      if (!existedIn(party, Number(start.date.slice(0, 4)))) {
        hsg.skip(`trip: its country id names a state that no longer existed in that year (${slug})`);
        continue;
      }
      const sourceId = sourceIds.travels(who);
      const remark = childText(trip, 'remarks');
      let locator: string | undefined;
      if (hsg.texts && remark) {
        const at = length === 0 ? 0 : length + 1;
        remarks.push(remark);
        length = at + remark.length;
        locator = `c${at}-${length}`;
      }
      const citations: Citation[] = [{ sourceId, ...(locator ? { locator } : {}) }];
      const pageCitation: Citation[] = [{ sourceId }];
      // The traveller: the Office's person (from pocom's people when the folder has it), else as the trip names them.
      const person: Person = (await officePersonRecord(hsg, officeId, pageCitation)) ?? {
        id: hsg.people.officePerson(officeId, travellerName),
        status: 'draft',
        citations: pageCitation,
        name: travellerName,
        names: [],
        country: 'US',
        identifiers: [{ scheme: 'hsg', value: officeId }],
      };
      const post = role === 'president' ? presidentPost(pageCitation) : secretaryPost(pageCitation);
      yield* recordsOnce(hsg, [
        ...usOrganizations(pageCitation).map((record) => ({ kind: 'organization' as const, record })),
        { kind: 'post', record: post },
        { kind: 'person', record: person },
      ], trip.line);

      const cities = localeCities(childText(trip, 'locale'));
      let location: Visit['location'] = { country: party, qualifier: 'stated' };
      if (cities.length) {
        const place = hsg.placeFor(cities[0]!, party);
        if (place.isNew) {
          const record: Place = { id: place.id, status: 'draft', citations: pageCitation, name: cities[0]!, kind: 'city', country: party, names: [] };
          yield { kind: 'place', record, line: trip.line };
        }
        location = { country: party, placeId: place.id, qualifier: 'stated', ...(cities.length > 1 ? { note: `Also ${cities.slice(1).join(', ')}.` } : {}) };
      }
      const gathering = remark ? multilateralGathering(remark) : undefined;
      const visit: Visit = {
        id: `hsg-trip-${id}`,
        status: 'draft',
        citations,
        title: `${travellerName}, ${travellerRole.label}, to ${partyNameInText(party)}`.slice(0, 300),
        kind: visitKind(remark),
        from: 'US',
        to: party,
        visitorIds: [person.id],
        date: spanOf(start.date, end.date),
        location,
        ...(gathering ? { notes: `Attended a multilateral gathering (${gathering}); not a bilateral meeting.` } : {}),
      };
      hsg.stat('trips stored');
      yield { kind: 'visit', record: visit, line: trip.line };
      if (hsg.texts && remark && party !== 'US') {
        const draft = draftFromRemark({ remark, citations, visit, travellerId: person.id, travellerName, travellerPostId: travellerRole.postId, party, people: hsg.people });
        if (draft.records.length) hsg.stat('trips with records drafted from the remarks');
        for (const item of draft.records) {
          if (item.kind === 'meeting') hsg.stat('meetings drafted from remarks');
          if (item.kind === 'agreement') hsg.stat('agreements drafted from remarks');
        }
        yield* recordsOnce(hsg, draft.records.filter((item) => ['person', 'organization', 'post'].includes(item.kind)), trip.line);
        for (const item of draft.records.filter((item) => !['person', 'organization', 'post'].includes(item.kind))) yield { ...item, line: trip.line };
      }
    }
    if (!role || !ROLES[role]) continue;
    const source: Source = {
      ...officeSource(sourceIds.travels(who), `Travels of the ${ROLES[role]!.label} ${travellerName}`.trim(), `/departmenthistory/travels/${role}/${who}`, hsg.accessed),
      ...(remarks.length ? { text: remarks.join('\n') } : {}),
    };
    yield* recordsOnce(hsg, [{ kind: 'source', record: source }]);
  }
}
