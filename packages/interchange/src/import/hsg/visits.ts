import { join } from 'node:path';
import { partyNameInText, slugify, type Citation, type Holding, type Person, type Place, type Source, type Visit } from '@bilat/domain';
import type { ImportItem } from '../types.js';
import { officeDate, readLeader, spanOf, visitKind } from './common.js';
import type { HsgContext } from './read.js';
import { recordsOnce, xmlFiles } from './read.js';
import { governmentOf, leaderPost, officeSource, sourceIds } from './records.js';
import { multilateralGathering } from './remarks.js';
import { existedIn, territoryParty } from './territories.js';
import { childText, textOf, child } from './xml.js';

/*
 * visits/data/*.xml: foreign leaders' visits to the United States, a file a decade.
 * Each <visit> becomes a visit from the leader's country to the United States, the
 * leader a person holding the post the title names on that day, the kind of visit read
 * from the description. The descriptions are the sources' text (one source per year, as
 * history.state.gov pages them) when texts are kept.
 */

/** State, official and working visits are the President's guests: the city is inferred to be Washington. */
const RECEIVED_IN_WASHINGTON = new Set<Visit['kind']>(['state', 'official', 'official-working', 'working']);

export async function* readVisits(hsg: HsgContext): AsyncGenerator<ImportItem> {
  // Descriptions by year, each year one page (and one source) of the Office's site; the sources come last, whole.
  const texts = new Map<string, { parts: string[]; length: number }>();
  const locator = (year: string, text: string): string | undefined => {
    const page = texts.get(year) ?? { parts: [], length: 0 };
    texts.set(year, page);
    if (!hsg.texts || !text) return undefined;
    const start = page.length === 0 ? 0 : page.length + 1;
    page.parts.push(text);
    page.length = start + text.length;
    return `c${start}-${page.length}`;
  };
  for (const path of await xmlFiles(join(hsg.root, 'visits', 'data'))) {
    hsg.stat('visit files');
    for await (const element of hsg.elements(path, (p) => p.length === 2 && p[1] === 'visit')) {
      hsg.stat('visits');
      const id = childText(element, 'id');
      const from = child(element, 'from');
      const slug = from?.attributes.id ?? '';
      const party = territoryParty(slug);
      if (!party) {
        yield hsg.problem(path, from?.line ?? element.line, `unknown country id "${slug}" (not an ISO country name, nor in the table of exceptions)`, 'from');
        continue;
      }
      const start = officeDate(childText(element, 'start-date'));
      const end = officeDate(childText(element, 'end-date'));
      if (start.invalid || !start.date) {
        yield hsg.problem(path, element.line, `start-date "${start.invalid ?? ''}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, 'start-date');
        continue;
      }
      if (end.invalid) {
        yield hsg.problem(path, element.line, `end-date "${end.invalid}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, 'end-date');
        continue;
      }
      const year = start.date.slice(0, 4);
      if (!existedIn(party, Number(year))) {
        hsg.skip(`visit: its country id names a state that no longer existed in that year (${slug})`);
        continue;
      }
      if (party === 'US') {
        hsg.skip('visit: from the United States itself');
        continue;
      }
      const description = textOf(child(element, 'description'));
      const sourceId = sourceIds.visits(year);
      const at = locator(year, description);
      const citations: Citation[] = [{ sourceId, ...(at ? { locator: at } : {}) }];
      const yearCitation: Citation[] = [{ sourceId }];
      const leader = readLeader(childText(element, 'visitor'));
      if (!leader.name) {
        yield hsg.problem(path, element.line, 'the visitor is not named', 'visitor');
        continue;
      }
      const personId = hsg.people.namedPerson(leader.name, party);
      const person: Person = { id: personId, status: 'draft', citations: yearCitation, name: leader.name, names: [], country: party, identifiers: [] };
      yield* recordsOnce(hsg, [{ kind: 'person', record: person }], element.line);
      if (leader.post) {
        const post = leaderPost(party, leader.post, yearCitation);
        const holding: Holding = {
          id: `${personId}-${slugify(leader.post, 60)}`,
          status: 'draft',
          citations: yearCitation,
          personId,
          postId: post.id,
          attestations: [{ on: start.date, sourceId, ...(leader.title !== leader.post ? { titleAsReported: leader.title } : {}) }],
          identifiers: [],
        };
        yield* recordsOnce(hsg, [{ kind: 'organization', record: governmentOf(party, yearCitation) }, { kind: 'post', record: post }], element.line);
        yield { kind: 'holding', record: holding, line: element.line };
      }
      const kind = visitKind(description);
      let location: Visit['location'] = { country: 'US', qualifier: 'stated' };
      if (RECEIVED_IN_WASHINGTON.has(kind)) {
        const place = hsg.placeFor('Washington', 'US');
        if (place.isNew) {
          const record: Place = { id: place.id, status: 'draft', citations: yearCitation, name: 'Washington', kind: 'city', country: 'US', names: [{ value: 'Washington, D.C.', kind: 'official' }], capital: { from: '1800' } };
          yield { kind: 'place', record, line: element.line };
        }
        location = { country: 'US', placeId: place.id, qualifier: 'inferred', note: 'A state, official or working visit is received by the President in Washington; the Office does not name the city.' };
      }
      const gathering = multilateralGathering(description);
      const visit: Visit = {
        id: `hsg-visit-${slugify(id, 60)}`,
        status: 'draft',
        citations,
        title: `Visit of ${leader.title ? `${leader.title} ` : ''}${leader.name} of ${partyNameInText(party)} to the United States`.slice(0, 300),
        kind,
        from: party,
        to: 'US',
        visitorIds: [personId],
        date: spanOf(start.date, end.date),
        location,
        ...(gathering ? { notes: `Came for a multilateral gathering (${gathering}); not a bilateral meeting.` } : {}),
      };
      hsg.stat('visits stored');
      yield { kind: 'visit', record: visit, line: element.line };
    }
  }
  for (const [year, page] of texts) {
    const source: Source = {
      ...officeSource(sourceIds.visits(year), `Visits by foreign leaders to the United States, ${year}`, `/departmenthistory/visits/${year}`, hsg.accessed),
      ...(page.parts.length ? { text: page.parts.join('\n') } : {}),
    };
    yield* recordsOnce(hsg, [{ kind: 'source', record: source }]);
  }
}
