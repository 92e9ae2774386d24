import { MEASURE_COLUMN_HEADERS, type Measure } from '@bilat/domain/measures';
import { partyName, relationEventLabel } from '@bilat/domain';
import { toCsv, type CsvColumn } from '@bilat/formats/csv';
import { eventDateLabel, holderSinceLabel, POST_HOLDERS_HEADING } from '@bilat/formats/labels';
import type { BilatApi } from '../data/source.js';
import { note, outputWidth, printLine, printRaw } from '../output.js';
import { formatTable, type Column } from '../table.js';
import { mostFirst } from '../views/order.js';

/*
 * `bilat countries` and `bilat country`: tables and CSV. Loaded only when a table or CSV
 * is asked for.
 */

type CountryRow = Awaited<ReturnType<BilatApi['countries']['list']>>[number];
type CountryAnswer = Awaited<ReturnType<BilatApi['countries']['get']>>;
type PartnerRow = CountryAnswer['partners'][number];

const COUNTS = ['meetings', 'visits', 'agreements', 'relations', 'records'] as const satisfies readonly Measure[];

export function printCountries(items: readonly CountryRow[], format: 'table' | 'csv'): void {
  if (format === 'csv') {
    const columns: CsvColumn<CountryRow>[] = [
      { header: 'code', value: (c) => c.code },
      { header: 'name', value: (c) => c.name },
      ...COUNTS.map((measure) => ({ header: measure, value: (c: CountryRow) => c[measure] })),
      { header: 'partners', value: (c) => c.partners },
    ];
    return printRaw(toCsv(items, columns));
  }
  if (items.length === 0) return note('No country has records yet. Load data with: bilat db seed');
  const columns: Column<CountryRow>[] = [
    { header: 'code', value: (c) => c.code },
    { header: 'country', value: (c) => c.name, flex: true },
    ...COUNTS.map((measure) => ({ header: MEASURE_COLUMN_HEADERS[measure], value: (c: CountryRow) => String(c[measure]), align: 'right' as const })),
    { header: 'partners', value: (c) => String(c.partners), align: 'right' },
  ];
  printLine(formatTable(items, columns, { maxWidth: outputWidth() }));
}

const BARS = '▁▂▃▄▅▆▇█';

/** A one-line chart of a count over the years `from`..`to` (a space where nothing was recorded). */
export function sparkline(years: readonly { year: number }[], value: (year: { year: number }) => number, from: number, to: number): string {
  const byYear = new Map(years.map((year) => [year.year, value(year)]));
  const max = Math.max(0, ...byYear.values());
  let line = '';
  for (let year = from; year <= to; year++) {
    const count = byYear.get(year) ?? 0;
    line += count === 0 || max === 0 ? ' ' : BARS[Math.min(BARS.length - 1, Math.floor(((count - 1) / Math.max(1, max - 1)) * (BARS.length - 1)))];
  }
  return line;
}

/** A year's count of a measure; yearly summaries keep the four kinds, so every record is their sum. */
function yearValue(year: PartnerRow['years'][number], measure: Measure): number {
  return measure === 'records' ? year.meetings + year.visits + year.agreements + year.relations : year[measure];
}

export function printCountry(answer: CountryAnswer, sort: Measure, format: 'table' | 'csv'): void {
  const { country, partners } = answer;
  if (format === 'csv') {
    const columns: CsvColumn<PartnerRow>[] = [
      { header: 'partner', value: (p) => p.partner },
      { header: 'name', value: (p) => partyName(p.partner) },
      { header: 'pair', value: (p) => p.pair },
      ...COUNTS.map((measure) => ({ header: measure, value: (p: PartnerRow) => p[measure] })),
      { header: 'trade_years', value: (p) => p.tradeYears },
      { header: 'last_meeting_date', value: (p) => p.lastMeetingDate },
    ];
    return printRaw(toCsv(partners, columns));
  }
  // The order in the words of the column it ranks by, as the terminal UI says it: "the most records first".
  printLine(`${country.name} (${country.code}): ${partners.length} partner${partners.length === 1 ? '' : 's'}, the ${mostFirst(sort)}`);
  printLine();
  if (partners.length === 0) note(`No relations of ${country.name} are recorded yet.`);
  else {
    const thisYear = new Date().getUTCFullYear();
    const from = thisYear - 19;
    const columns: Column<PartnerRow>[] = [
      { header: 'partner', value: (p) => `${p.partner} ${partyName(p.partner)}`, flex: true },
      ...COUNTS.map((measure) => ({ header: MEASURE_COLUMN_HEADERS[measure], value: (p: PartnerRow) => String(p[measure]), align: 'right' as const })),
      // The line shows what the rows are ranked by; a year's records are its four kinds summed (as the web page's lines).
      { header: `${MEASURE_COLUMN_HEADERS[sort]} ${from}–${thisYear}`, value: (p) => sparkline(p.years, (y) => yearValue(y as PartnerRow['years'][number], sort), from, thisYear) },
    ];
    printLine(formatTable(partners, columns, { maxWidth: outputWidth() }));
  }
  if (answer.meetingsPerYear.length) {
    printLine();
    printLine(`Meetings per year: ${answer.meetingsPerYear.map((y) => `${y.year} ${y.meetings}`).join(' · ')}`);
  }
  if (answer.relations.length) {
    printLine();
    printLine(`Relations events (${answer.relations.length}), oldest first:`);
    printLine(
      formatTable(answer.relations, [
        { header: 'date', value: (r) => eventDateLabel(r.date) },
        { header: 'event', value: (r) => relationEventLabel(r.kind) },
        { header: 'with', value: (r) => partyName(r.pair.split('-').find((party) => party !== country.code) ?? country.code), flex: true },
      ], { maxWidth: outputWidth() }),
    );
  }
  if (answer.people.length) {
    printLine();
    printLine(`${POST_HOLDERS_HEADING} (an open-ended term is no proof of being in post today):`);
    printLine(
      formatTable(answer.people, [
        { header: 'post', value: (p) => p.post.title, flex: true },
        { header: 'person', value: (p) => p.person.name },
        { header: 'what is known', value: (p) => holderSinceLabel(p.holding, { style: 'short' }) },
        { header: 'id', value: (p) => p.person.id },
      ], { maxWidth: outputWidth() }),
    );
  }
}
