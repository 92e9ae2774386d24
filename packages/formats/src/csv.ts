import { relationEventLabel, type Citation, type Meeting, type Person, type Place, type Relation, type TradeFlow } from '@bilat/domain';
import { delegationHeads } from './describe.js';
import { eventDateLabel, locationLabel } from './labels.js';
import { stringify } from 'csv-stringify/sync';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/** RFC 4180 CSV with a header row; values are quoted where needed, codes such as "01" stay text. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    { header: true, columns: columns.map((column) => column.header), record_delimiter: 'unix' },
  );
}

/** How a record's citations read in one cell: `source#locator; source`. */
export function citationsCell(citations: readonly Citation[]): string {
  return citations.map((citation) => (citation.locator ? `${citation.sourceId}#${citation.locator}` : citation.sourceId)).join('; ');
}

/** Trade figures as a spreadsheet: amounts exact, commodity codes kept as text. */
export const TRADE_CSV_COLUMNS: CsvColumn<TradeFlow>[] = [
  { header: 'id', value: (f) => f.id },
  { header: 'reporter', value: (f) => f.reporter },
  { header: 'partner', value: (f) => f.partner },
  { header: 'period_start', value: (f) => f.period.start },
  { header: 'period_end', value: (f) => f.period.end },
  { header: 'flow', value: (f) => f.flow },
  { header: 'amount', value: (f) => f.value.amount },
  { header: 'currency', value: (f) => f.value.currency },
  { header: 'precision', value: (f) => f.value.precision },
  { header: 'classification', value: (f) => f.classification.system },
  { header: 'commodity', value: (f) => f.classification.code },
  { header: 'valuation', value: (f) => f.valuation },
  { header: 'compiler', value: (f) => f.compiler },
  { header: 'status', value: (f) => f.status },
  { header: 'citations', value: (f) => citationsCell(f.citations) },
];

/** Meetings as a spreadsheet; delegation heads by name when the people are at hand. */
export function meetingCsvColumns(places: ReadonlyMap<string, Place>, people: ReadonlyMap<string, Person> = new Map()): CsvColumn<Meeting>[] {
  const named = (personId: string) => people.get(personId)?.name ?? personId;
  return [
    { header: 'id', value: (m) => m.id },
    { header: 'title', value: (m) => m.title },
    { header: 'kind', value: (m) => m.kind },
    { header: 'stage', value: (m) => m.stage },
    { header: 'pair', value: (m) => m.pair },
    { header: 'date_start', value: (m) => m.date?.start },
    { header: 'date_end', value: (m) => m.date?.end },
    { header: 'date_qualifier', value: (m) => m.date?.qualifier },
    { header: 'date', value: (m) => eventDateLabel(m.date) },
    { header: 'place', value: (m) => locationLabel(m.location, places) },
    { header: 'series_id', value: (m) => m.seriesId },
    { header: 'ordinal', value: (m) => m.ordinal },
    { header: 'visit_id', value: (m) => m.visitId },
    { header: 'heads', value: (m) => delegationHeads(m.participants).map((p) => `${named(p.personId)} (${p.side})`).join('; ') },
    { header: 'participants', value: (m) => m.participants.map((p) => `${p.personId} (${p.side}, ${p.role})`).join('; ') },
    { header: 'topics', value: (m) => m.topics.join('; ') },
    { header: 'status', value: (m) => m.status },
    { header: 'citations', value: (m) => citationsCell(m.citations) },
  ];
}

/** Relations events as a spreadsheet, one line an event: `bilat relations --csv` and `bilat export csv --table relations`. */
export const RELATION_CSV_COLUMNS: CsvColumn<Relation>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'pair', value: (r) => r.pair },
  { header: 'kind', value: (r) => r.kind },
  { header: 'event', value: (r) => relationEventLabel(r.kind) },
  { header: 'actor', value: (r) => r.actor },
  { header: 'date_start', value: (r) => r.date.start },
  { header: 'date_end', value: (r) => r.date.end },
  { header: 'date_qualifier', value: (r) => r.date.qualifier },
  { header: 'city', value: (r) => r.city },
  { header: 'status', value: (r) => r.status },
  { header: 'citations', value: (r) => citationsCell(r.citations) },
];
