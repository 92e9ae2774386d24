import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coarsen,
  comparePartialDates,
  dateSortKey,
  firstDay,
  formatDateSpan,
  formatDuration,
  formatPartialDate,
  isMorePrecise,
  isPartialDate,
  lastDay,
  matchRange,
  monthsBetween,
  parsePartialDate,
  partialDateFromDate,
  precisionOf,
  precisionRank,
  tryParsePartialDate,
  type DatePrecision,
} from './partial-date.js';
import { partialDateSchema } from './partial-date-schema.js';

const numRuns = Number(process.env.FAST_CHECK_RUNS ?? 200);

// An independent model of the calendar, so the properties do not lean on the code under test.
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

interface Model {
  year: number;
  month: number;
  day: number;
  precision: DatePrecision;
}

const modelArb: fc.Arbitrary<Model> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 9999 })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom<DatePrecision>('year', 'month', 'day'),
  })
  .map((m) => ({ ...m, day: Math.min(m.day, daysIn(m.year, m.month)) }));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const render = ({ year, month, day, precision }: Model) =>
  precision === 'year' ? pad(year, 4) : precision === 'month' ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

const dateArb = modelArb.map(render);
const precisionArb = fc.constantFrom<DatePrecision>('year', 'month', 'day');
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('parsing', () => {
  it.each([
    ['2024', { year: 2024, precision: 'year' }],
    ['2024-05', { year: 2024, month: 5, precision: 'month' }],
    ['2024-05-14', { year: 2024, month: 5, day: 14, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
    ['2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day' }],
    ['2023-12-31', { year: 2023, month: 12, day: 31, precision: 'day' }],
  ])('reads %s', (text, parts) => {
    expect(tryParsePartialDate(text)).toEqual(parts);
    expect(isPartialDate(text)).toBe(true);
    expect(partialDateSchema.safeParse(text).success).toBe(true);
  });

  it.each([
    ['2024-02-30', 'February has no 30th'],
    ['2023-02-29', '2023 is not a leap year'],
    ['1900-02-29', '1900 is not a leap year'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13', 'there is no month 13'],
    ['2024-00', 'there is no month 0'],
    ['2024-05-00', 'there is no day 0'],
    ['0000', 'there is no year 0'],
    ['24', 'a year has four digits'],
    ['2024-5', 'a month has two digits'],
    ['2024-05-1', 'a day has two digits'],
    ['20240514', 'the parts are separated by hyphens'],
    ['2024/05/14', 'the separator is a hyphen'],
    [' 2024', 'no surrounding space'],
    ['2024-05-14T00:00', 'no time of day'],
    ['', 'empty'],
  ])('refuses %s (%s)', (text) => {
    expect(tryParsePartialDate(text)).toBeUndefined();
    expect(isPartialDate(text)).toBe(false);
    expect(() => parsePartialDate(text)).toThrow(RangeError);
    expect(partialDateSchema.safeParse(text).success).toBe(false);
  });

  it('refuses a number, as a YAML file with an unquoted year would give', () => {
    expect(partialDateSchema.safeParse(2024).success).toBe(false);
  });

  it('knows the precision of each form', () => {
    expect(precisionOf('2024')).toBe('year');
    expect(precisionOf('2024-05')).toBe('month');
    expect(precisionOf('2024-05-14')).toBe('day');
    expect(precisionRank('year')).toBeLessThan(precisionRank('month'));
    expect(precisionRank('month')).toBeLessThan(precisionRank('day'));
    expect(isMorePrecise('2024-05-14', '2024-05')).toBe(true);
    expect(isMorePrecise('2024-05', '2024-05-14')).toBe(false);
    expect(isMorePrecise('2024-05', '2023-01')).toBe(false);
  });

  it('takes a calendar day from a JS date in UTC', () => {
    expect(partialDateFromDate(new Date(Date.UTC(2024, 5, 20, 23, 30)))).toBe('2024-06-20');
  });
});

describe('first and last day', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-04', '2024-04-01', '2024-04-30'],
    ['2024-05-14', '2024-05-14', '2024-05-14'],
    ['0987-12', '0987-12-01', '0987-12-31'],
  ])('%s runs from %s to %s', (date, first, last) => {
    expect(firstDay(date)).toBe(first);
    expect(lastDay(date)).toBe(last);
  });
});

describe('ordering', () => {
  it('sorts by first possible day, the less precise first on a tie (docs/domain.md)', () => {
    const ordered = ['2024', '2024-05', '2024-05-01', '2024-05-14', '2024-06'];
    const shuffled = ['2024-06', '2024-05-14', '2024', '2024-05-01', '2024-05'];
    expect([...shuffled].sort(comparePartialDates)).toEqual(ordered);
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(comparePartialDates(ordered[i]!, ordered[i + 1]!)).toBeLessThan(0);
      expect(comparePartialDates(ordered[i + 1]!, ordered[i]!)).toBeGreaterThan(0);
    }
  });

  it('puts a whole year before its first month and day, and before the next year', () => {
    expect(comparePartialDates('2024', '2024-01')).toBeLessThan(0);
    expect(comparePartialDates('2024-01', '2024-01-01')).toBeLessThan(0);
    expect(comparePartialDates('2023-12-31', '2024')).toBeLessThan(0);
    expect(comparePartialDates('2024-12-31', '2025')).toBeLessThan(0);
    expect(comparePartialDates('2024-05', '2024-05')).toBe(0);
  });

  it('gives sort keys that order the same way under plain string comparison', () => {
    expect(dateSortKey('2024')).toBe('202401010');
    expect(dateSortKey('2024-05')).toBe('202405011');
    expect(dateSortKey('2024-05-14')).toBe('202405142');
  });

  it('is a total order that agrees with the sort key (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        const ab = comparePartialDates(a, b);
        // Antisymmetric, and equal only for the same date.
        expect(sign(ab) + sign(comparePartialDates(b, a))).toBe(0);
        expect(ab === 0).toBe(a === b);
        // Transitive.
        if (ab <= 0 && comparePartialDates(b, c) <= 0) expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
        // The same answer as comparing the keys as strings.
        const [ka, kb] = [dateSortKey(a), dateSortKey(b)];
        expect(sign(ab)).toBe(ka < kb ? -1 : ka > kb ? 1 : 0);
      }),
      { numRuns },
    );
  });

  it('orders exactly as the rule says: first possible day, then precision (property)', () => {
    const firstOf = (m: Model) => [m.year, m.precision === 'year' ? 1 : m.month, m.precision === 'day' ? m.day : 1];
    fc.assert(
      fc.property(modelArb, modelArb, (a, b) => {
        const [fa, fb] = [firstOf(a), firstOf(b)];
        const byDay = fa.map((part, i) => sign(part - fb[i]!)).find((s) => s !== 0) ?? 0;
        const expected = byDay || sign(RANK[a.precision] - RANK[b.precision]);
        expect(sign(comparePartialDates(render(a), render(b)))).toBe(expected);
      }),
      { numRuns },
    );
  });

  it('sorts a list the same by comparator and by key (property)', () => {
    fc.assert(
      fc.property(fc.array(dateArb, { maxLength: 30 }), (dates) => {
        const byComparator = [...dates].sort(comparePartialDates);
        const byKey = [...dates].sort((x, y) => (dateSortKey(x) < dateSortKey(y) ? -1 : dateSortKey(x) > dateSortKey(y) ? 1 : 0));
        expect(byComparator).toEqual(byKey);
      }),
      { numRuns },
    );
  });

  it('has first day <= last day, both real days inside the date (property)', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const [first, last] = [firstDay(date), lastDay(date)];
        expect(first <= last).toBe(true);
        expect(precisionOf(first)).toBe('day');
        expect(precisionOf(last)).toBe('day');
        expect(first.startsWith(date)).toBe(true);
        expect(last.startsWith(date)).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('matchRange', () => {
  it('keeps a month that overlaps the range start, as approximate (--from 2024-05-10 keeps 2024-05)', () => {
    expect(matchRange({ from: '2024-05-10' }, '2024-05')).toBe('approximate');
  });

  it('says exact when the whole date lies inside the range', () => {
    expect(matchRange({ from: '2024-05-10' }, '2024-05-14')).toBe('exact');
    expect(matchRange({ from: '2024-05-10' }, '2024-06')).toBe('exact');
    expect(matchRange({ from: '2024-05', to: '2024-05' }, '2024-05-31')).toBe('exact');
    expect(matchRange({ from: '2024' }, '2024-05')).toBe('exact');
    expect(matchRange({}, '1999')).toBe('exact');
  });

  it('leaves out dates entirely outside the range', () => {
    expect(matchRange({ from: '2024-05-10' }, '2024-04')).toBe('none');
    expect(matchRange({ from: '2024-05-10' }, '2024-05-09')).toBe('none');
    expect(matchRange({ to: '2024-05-10' }, '2024-05-11')).toBe('none');
    expect(matchRange({ to: '2023' }, '2024')).toBe('none');
  });

  it('treats the range ends inclusively, at their own precision', () => {
    expect(matchRange({ to: '2024-05' }, '2024-05-31')).toBe('exact');
    expect(matchRange({ to: '2024-05-10' }, '2024-05-10')).toBe('exact');
    expect(matchRange({ to: '2024-05-10' }, '2024-05')).toBe('approximate');
    expect(matchRange({ from: '2024-05-10', to: '2024-05-20' }, '2024')).toBe('approximate');
  });

  it('matches a span of days by overlap', () => {
    expect(matchRange({ from: '2014-01-27' }, '2014-01-26', '2014-01-27')).toBe('approximate');
    expect(matchRange({ from: '2014-01-28' }, '2014-01-26', '2014-01-27')).toBe('none');
    expect(matchRange({ from: '2014-01' }, '2014-01-26', '2014-01-27')).toBe('exact');
    expect(matchRange({ from: '2010', to: '2012' }, '2005', '2023-09')).toBe('approximate');
  });

  it('matches a date against a range equal to itself exactly (property)', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(matchRange({ from: date, to: date }, date)).toBe('exact');
      }),
      { numRuns },
    );
  });

  it('is approximate, never none, for a range inside the date (property)', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const match = matchRange({ from: lastDay(date), to: lastDay(date) }, date);
        expect(match).toBe(precisionOf(date) === 'day' ? 'exact' : 'approximate');
      }),
      { numRuns },
    );
  });
});

describe('coarsen', () => {
  it('cuts to a coarser precision', () => {
    expect(coarsen('2024-05-14', 'month')).toBe('2024-05');
    expect(coarsen('2024-05-14', 'year')).toBe('2024');
    expect(coarsen('2024-05', 'year')).toBe('2024');
  });

  it('never adds precision', () => {
    expect(coarsen('2024', 'day')).toBe('2024');
    expect(coarsen('2024', 'month')).toBe('2024');
    expect(coarsen('2024-05', 'day')).toBe('2024-05');
  });

  it('sorts before or equal to the date, at precision <= asked (property)', () => {
    fc.assert(
      fc.property(dateArb, precisionArb, (date, precision) => {
        const coarse = coarsen(date, precision);
        expect(comparePartialDates(coarse, date)).toBeLessThanOrEqual(0);
        expect(precisionRank(precisionOf(coarse))).toBeLessThanOrEqual(precisionRank(precision));
        expect(precisionRank(precisionOf(coarse))).toBeLessThanOrEqual(precisionRank(precisionOf(date)));
        // It still stands for a period that contains the date.
        expect(date.startsWith(coarse)).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('formatting', () => {
  it('never says more than the date knows', () => {
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-05')).toBe('May 2024');
    expect(formatPartialDate('2024-06-20')).toBe('20 June 2024');
    expect(formatPartialDate('2024-06-05')).toBe('5 June 2024');
    expect(formatPartialDate('2024-09-05', { style: 'short' })).toBe('5 Sep 2024');
  });

  it('writes spans the way people do', () => {
    expect(formatDateSpan('2014-01-26', '2014-01-27')).toBe('26–27 January 2014');
    expect(formatDateSpan('2005', '2023-09')).toBe('2005 – September 2023');
    expect(formatDateSpan('2024-05-30', '2024-06-02')).toBe('30 May – 2 June 2024');
    expect(formatDateSpan('2023-12-30', '2024-01-02')).toBe('30 December 2023 – 2 January 2024');
    expect(formatDateSpan('2024-01', '2024-02')).toBe('January–February 2024');
    expect(formatDateSpan('2005', '2023')).toBe('2005–2023');
    // Ends of different precision are each written in full, so no day is lost or invented.
    expect(formatDateSpan('2024-05', '2024-06-02')).toBe('May 2024 – 2 June 2024');
    expect(formatDateSpan('2024', '2024-05')).toBe('2024 – May 2024');
    expect(formatDateSpan('2024-05-14', '2024-05-14')).toBe('14 May 2024');
    expect(formatDateSpan('2024-05')).toBe('May 2024');
    expect(formatDateSpan('2014-01-26', '2014-01-27', { style: 'short' })).toBe('26–27 Jan 2014');
  });

  it('never shows a day for a month-precision date (property)', () => {
    fc.assert(
      fc.property(modelArb, fc.constantFrom<'long' | 'short'>('long', 'short'), (model, style) => {
        const date = render({ ...model, precision: 'month' });
        const text = formatPartialDate(date, { style });
        const name = MONTHS[model.month - 1]!;
        expect(text).toBe(`${style === 'short' ? name.slice(0, 3) : name} ${model.year}`);
        // Only the year is a number.
        expect(text.match(/\d+/g)).toEqual([String(model.year)]);
      }),
      { numRuns },
    );
  });

  it('shows a year-precision date as the year alone (property)', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        expect(formatPartialDate(render({ ...model, precision: 'year' }))).toBe(String(model.year));
      }),
      { numRuns },
    );
  });
});

describe('durations', () => {
  it('counts whole months between first possible days', () => {
    expect(monthsBetween('2024-02-29', '2024-06-20')).toBe(3);
    expect(monthsBetween('2024-02-20', '2024-06-20')).toBe(4);
    expect(monthsBetween('2023-01', '2024-05')).toBe(16);
    expect(monthsBetween('2023', '2024')).toBe(12);
    expect(monthsBetween('2024-05-14', '2024-05-31')).toBe(0);
  });

  it('writes a number of months for people', () => {
    expect(formatDuration(0)).toBe('less than a month');
    expect(formatDuration(1)).toBe('1 month');
    expect(formatDuration(3)).toBe('3 months');
    expect(formatDuration(12)).toBe('1 year');
    expect(formatDuration(16)).toBe('1 year 4 months');
    expect(formatDuration(25)).toBe('2 years 1 month');
    expect(formatDuration(monthsBetween('2023-01', '2024-05'))).toBe('1 year 4 months');
  });
});
