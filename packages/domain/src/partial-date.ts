// No zod here (also `@bilat/domain/dates`): the command line formats dates without loading it; the schema is in partial-date-schema.ts.

/**
 * A date known to the year, the month or the day: `2024`, `2024-05`, `2024-05-14`.
 * Kept as its ISO 8601 string so it survives JSON, SQL and YAML unchanged; these
 * functions are the only place that interprets it.
 */
export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a partial date into numbers; undefined when the text is not a real date. */
export function tryParsePartialDate(text: string): PartialDateParts | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(text: string): boolean {
  return tryParsePartialDate(text) !== undefined;
}

export function parsePartialDate(text: string): PartialDateParts {
  const parts = tryParsePartialDate(text);
  if (!parts) {
    throw new RangeError(`Not a date: "${text}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return parts;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function precisionOf(date: PartialDate): DatePrecision {
  return parsePartialDate(date).precision;
}

export function precisionRank(precision: DatePrecision): number {
  return PRECISION_RANK[precision];
}

/** The first calendar day the date may stand for, as YYYY-MM-DD. */
export function firstDay(date: PartialDate): string {
  const { year, month = 1, day = 1 } = parsePartialDate(date);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The last calendar day the date may stand for, as YYYY-MM-DD. */
export function lastDay(date: PartialDate): string {
  const { year, month, day } = parsePartialDate(date);
  const lastMonth = month ?? 12;
  const lastDayOfMonth = day ?? daysInMonth(year, lastMonth);
  return `${pad(year, 4)}-${pad(lastMonth)}-${pad(lastDayOfMonth)}`;
}

const SORT_KEYS = new Map<string, string>();
const SORT_KEYS_MAX = 20_000;

/**
 * A key that sorts as docs/domain.md decides (by first possible day, the less precise
 * first on a tie) under any collation: nine digits, `YYYYMMDD` then the precision rank.
 */
export function dateSortKey(date: PartialDate): string {
  let key = SORT_KEYS.get(date);
  if (key === undefined) {
    const { precision } = parsePartialDate(date);
    key = firstDay(date).replaceAll('-', '') + String(PRECISION_RANK[precision]);
    // Sorting a dossier compares the same few hundred dates thousands of times; the key of
    // a date never changes, so keep it (bounded: dropped whole when it grows large).
    if (SORT_KEYS.size >= SORT_KEYS_MAX) SORT_KEYS.clear();
    SORT_KEYS.set(date, key);
  }
  return key;
}

export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const left = dateSortKey(a);
  const right = dateSortKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Cuts a date down to a coarser precision; it never adds precision. */
export function coarsen(date: PartialDate, precision: DatePrecision): PartialDate {
  const parts = parsePartialDate(date);
  if (PRECISION_RANK[precision] >= PRECISION_RANK[parts.precision]) return date;
  if (precision === 'year') return pad(parts.year, 4);
  return `${pad(parts.year, 4)}-${pad(parts.month!)}`;
}

export function isMorePrecise(a: PartialDate, b: PartialDate): boolean {
  return PRECISION_RANK[precisionOf(a)] > PRECISION_RANK[precisionOf(b)];
}

/** A date known from a calendar day (a JS Date in UTC) at day precision. */
export function partialDateFromDate(date: Date): PartialDate {
  return date.toISOString().slice(0, 10);
}

export interface DateRange {
  from?: PartialDate;
  to?: PartialDate;
}

export type RangeMatch = 'exact' | 'approximate' | 'none';

/**
 * Whether a date (or a span from `start` to `end`) falls in a range, by overlap:
 * `--from 2024-05-10` keeps `2024-05`, and says the match is approximate because the
 * date may lie outside the range.
 */
export function matchRange(range: DateRange, start: PartialDate, end: PartialDate = start): RangeMatch {
  const eventFirst = firstDay(start);
  const eventLast = lastDay(end);
  const rangeFirst = range.from ? firstDay(range.from) : undefined;
  const rangeLast = range.to ? lastDay(range.to) : undefined;
  if (rangeFirst && eventLast < rangeFirst) return 'none';
  if (rangeLast && eventFirst > rangeLast) return 'none';
  const inside = (!rangeFirst || eventFirst >= rangeFirst) && (!rangeLast || eventLast <= rangeLast);
  return inside ? 'exact' : 'approximate';
}

export interface FormatDateOptions {
  /** `long`: "20 June 2024"; `short`: "20 Jun 2024". */
  style?: 'long' | 'short';
}

function monthName(month: number, style: 'long' | 'short'): string {
  const name = MONTH_NAMES[month - 1]!;
  return style === 'short' ? name.slice(0, 3) : name;
}

/** "2024", "May 2024", "20 June 2024": never more precise than the date is. */
export function formatPartialDate(date: PartialDate, options: FormatDateOptions = {}): string {
  const style = options.style ?? 'long';
  const { year, month, day } = parsePartialDate(date);
  if (month === undefined) return String(year);
  if (day === undefined) return `${monthName(month, style)} ${year}`;
  return `${day} ${monthName(month, style)} ${year}`;
}

/**
 * A span written the way people write it: "26–27 January 2014",
 * "30 May – 2 June 2024", "2005 – September 2023". Parts shared by both ends are
 * said once only when both ends have the same precision.
 */
export function formatDateSpan(start: PartialDate, end?: PartialDate, options: FormatDateOptions = {}): string {
  if (!end || end === start) return formatPartialDate(start, options);
  const style = options.style ?? 'long';
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  const dash = '–';
  if (a.precision === b.precision && a.year === b.year) {
    if (a.precision === 'day' && a.month === b.month) {
      return `${a.day}${dash}${b.day} ${monthName(a.month!, style)} ${a.year}`;
    }
    if (a.precision === 'day') {
      return `${a.day} ${monthName(a.month!, style)} ${dash} ${formatPartialDate(end, options)}`;
    }
    if (a.precision === 'month') {
      return `${monthName(a.month!, style)}${dash}${monthName(b.month!, style)} ${a.year}`;
    }
  }
  if (a.precision === 'year' && b.precision === 'year') return `${a.year}${dash}${b.year}`;
  return `${formatPartialDate(start, options)} ${dash} ${formatPartialDate(end, options)}`;
}

/** Whole months from one date to another, by first possible day (for "time since the last round"). */
export function monthsBetween(from: PartialDate, to: PartialDate): number {
  const a = parsePartialDate(firstDay(from));
  const b = parsePartialDate(firstDay(to));
  let months = (b.year - a.year) * 12 + (b.month! - a.month!);
  if (b.day! < a.day!) months -= 1;
  return months;
}

/** "1 year 4 months", "3 months", "less than a month". */
export function formatDuration(months: number): string {
  if (months < 1) return 'less than a month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years) parts.push(`${years} year${years === 1 ? '' : 's'}`);
  if (rest) parts.push(`${rest} month${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}
