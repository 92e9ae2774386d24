import { formatPartialDate, type Agreement, type Meeting, type Organization, type Person, type Place, type Series, type Visit } from '@bilat/domain';
import { citationsCell as citedIn, meetingCsvColumns, toCsv, type CsvColumn } from '@bilat/formats/csv';
import { meetingsToIcs } from '@bilat/formats/ics';
import { eventDateLabel } from '@bilat/formats/labels';
import { printRaw } from '../output.js';
import type { Column } from '../table.js';
import {
  agreementColumns,
  meetingColumns,
  organizationColumns,
  pairLabel,
  seriesColumns,
  visitColumns,
} from '../views/columns.js';
import { holdingDates } from '../views/record.js';
import type { Page } from '../data/pages.js';
import { notePaging, printTable } from './print.js';

/*
 * Human tables and CSV for the list commands. Loaded only when a table or CSV is asked
 * for, so `--json` never pays for the labels and serializers.
 */

const citationsCell = (record: { citations?: { sourceId: string; locator?: string }[] }) => citedIn(record.citations ?? []);


export function printCsv<T>(page: Page<T>, columns: CsvColumn<T>[]): void {
  printRaw(toCsv(page.items, columns));
  notePaging(page.nextCursor);
}

export function printMeetings(page: Page<Meeting>, places: ReadonlyMap<string, Place>, format: 'table' | 'csv' | 'ics', pair?: string): void {
  if (format === 'ics') {
    printRaw(meetingsToIcs(page.items, { name: pair ? `${pairLabel(pair)} meetings` : 'bilat meetings', places }));
    return notePaging(page.nextCursor);
  }
  if (format === 'csv') return printCsv(page, meetingCsvColumns(places));
  printTable(page, meetingColumns(places, { approximate: new Set(page.approximateIds), id: true }), 'No meetings match.');
}

export function printSeries(page: Page<Series>, format: 'table' | 'csv'): void {
  if (format === 'csv') {
    return printCsv(page, [
      { header: 'id', value: (s) => s.id },
      { header: 'name', value: (s) => s.name },
      { header: 'kind', value: (s) => s.kind },
      { header: 'pair', value: (s) => s.pair },
      { header: 'unit', value: (s) => s.unit },
      { header: 'organization_id', value: (s) => s.organizationId },
      { header: 'citations', value: citationsCell },
    ]);
  }
  printTable(page, seriesColumns, 'No series match.');
}

export function printAgreements(page: Page<Agreement>, format: 'table' | 'csv'): void {
  if (format === 'csv') {
    return printCsv(page, [
      { header: 'id', value: (a) => a.id },
      { header: 'title', value: (a) => a.title },
      { header: 'kind', value: (a) => a.kind },
      { header: 'parties', value: (a) => a.parties.join('; ') },
      { header: 'stage', value: (a) => a.stage },
      { header: 'steps', value: (a) => a.steps.map((s) => `${s.stage}${s.date ? ` ${s.date.start}${s.date.end ? `/${s.date.end}` : ''} (${s.date.qualifier})` : ''}`).join('; ') },
      { header: 'citations', value: citationsCell },
    ]);
  }
  printTable(page, agreementColumns({ id: true }), 'No agreements match.');
}

export function printOrganizations(page: Page<Organization>, format: 'table' | 'csv'): void {
  if (format === 'csv') {
    return printCsv(page, [
      { header: 'id', value: (o) => o.id },
      { header: 'name', value: (o) => o.name },
      { header: 'kind', value: (o) => o.kind },
      { header: 'country', value: (o) => o.country },
      { header: 'members', value: (o) => o.members.join('; ') },
      { header: 'citations', value: citationsCell },
    ]);
  }
  printTable(page, organizationColumns({ id: true }), 'No organizations match.');
}

export function printVisits(page: Page<Visit>, places: ReadonlyMap<string, Place>, format: 'table' | 'csv'): void {
  if (format === 'csv') {
    return printCsv(page, [
      { header: 'id', value: (v) => v.id },
      { header: 'title', value: (v) => v.title },
      { header: 'kind', value: (v) => v.kind },
      { header: 'from', value: (v) => v.from },
      { header: 'to', value: (v) => v.to },
      { header: 'date_start', value: (v) => v.date.start },
      { header: 'date_end', value: (v) => v.date.end },
      { header: 'date_qualifier', value: (v) => v.date.qualifier },
      { header: 'date', value: (v) => eventDateLabel(v.date) },
      { header: 'visitors', value: (v) => v.visitorIds.join('; ') },
      { header: 'citations', value: citationsCell },
    ]);
  }
  printTable(page, visitColumns(places, { id: true }), 'No visits match.');
}

/** A person with the posts they are recorded in, for `bilat officials`. */
export interface PersonWithPosts {
  person: Person;
  posts: { title: string; dates: string }[];
}

export function printPeople(page: Page<PersonWithPosts>, format: 'table' | 'csv'): void {
  if (format === 'csv') {
    return printCsv(page, [
      { header: 'id', value: (p) => p.person.id },
      { header: 'name', value: (p) => p.person.name },
      { header: 'country', value: (p) => p.person.country },
      { header: 'other_names', value: (p) => p.person.names.map((n) => n.value).join('; ') },
      { header: 'posts', value: (p) => p.posts.map((post) => `${post.title} (${post.dates})`).join('; ') },
      { header: 'citations', value: (p) => citationsCell(p.person) },
    ]);
  }
  const columns: Column<PersonWithPosts>[] = [
    { header: 'name', value: (p) => p.person.name },
    { header: 'country', value: (p) => p.person.country ?? '—' },
    { header: 'posts', value: (p) => p.posts.map((post) => `${post.title} (${post.dates})`).join('; ') || '—', flex: true },
    { header: 'id', value: (p) => p.person.id },
  ];
  printTable(page, columns, 'No officials match.');
}

export interface HolderRow {
  person: Person;
  post: { id: string; title: string; country?: string };
  holdings: { start?: string; end?: string; attestations: { on: string; sourceId: string }[] }[];
  match: 'exact' | 'approximate';
}

/** Whether a source says so for the day: a term with a recorded end, or an attestation on it (the day, its month or its year). */
function heldOnTheDay(h: HolderRow, on: string): boolean {
  return h.holdings.some((holding) => holding.end || holding.attestations.some((a) => on.startsWith(a.on) || a.on.startsWith(on)));
}

export function printHolders(holders: HolderRow[], format: 'table' | 'csv', post: string, on: string): void {
  const page = { items: holders, nextCursor: null };
  const dates = (h: HolderRow) => h.holdings.map((holding) => holdingDates(holding)).join('; ');
  if (format === 'csv') {
    return printCsv(page, [
      { header: 'person_id', value: (h) => h.person.id },
      { header: 'name', value: (h) => h.person.name },
      { header: 'post_id', value: (h) => h.post.id },
      { header: 'post', value: (h) => h.post.title },
      { header: 'match', value: (h) => h.match },
      { header: 'dates', value: dates },
    ]);
  }
  printTable(
    page,
    [
      { header: 'name', value: (h) => h.person.name },
      { header: 'post', value: (h) => h.post.title, flex: true },
      // An open-ended term covers the day only because no end is recorded: said as such, not "held it".
      { header: 'on the day', value: (h) => (h.match !== 'exact' ? 'may have held it' : heldOnTheDay(h, on) ? 'held it' : 'latest known holder (no end recorded)') },
      { header: 'dates known', value: dates, flex: true },
      { header: 'id', value: (h) => h.person.id },
    ],
    `Nobody is recorded holding a post matching "${post}" on ${formatPartialDate(on)}.`,
  );
}
