import * as chrono from 'chrono-node';
import { type PartialDate } from '@bilat/domain';
import { matchesOf, prechecked } from './prechecks.js';
import { RU_FUTURE_DAYS } from './words.js';

/**
 * Date expressions in a press release, resolved against its publication date and kept at
 * the precision they were written with: "May this year" is a month, "last year" a year,
 * "on Tuesday" a day. Spans of days, months and years keep both ends.
 */
export interface DateMention {
  start: number;
  end: number;
  from: PartialDate;
  /** The last day, month or year of a span; absent for a single date. */
  to?: PartialDate;
  /** `part`: a half or quarter of a year ("the first half of 2023"). */
  kind: 'day' | 'month' | 'year' | 'span' | 'part';
  /** Resolved against the publication date ("last year", "on Tuesday", "in May"). */
  relative: boolean;
  /** "since 2005": a span running up to the publication date. */
  openEnded?: boolean;
  /** "by the end of 2024", "before 30 September": a deadline rather than an event's date. */
  deadline?: boolean;
  /** "the Agreement … of 14 May 1992", "Соглашением … от 14 мая 1992 года": the date a document bears, not an event's. */
  document?: boolean;
}

/**
 * Whether a date falls after the report's own date, compared at the precision both have: a report known only by its
 * year ("2021", from the text) puts nothing of that year after it, "9 September" of it included.
 */
export function afterReport(date: PartialDate, published: PartialDate): boolean {
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) > published.slice(0, n);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DASH = '\\s*(?:[–—-]|to|and|until|till|through|thru)\\s*';
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?';
const REL_YEAR = '(this|last|next|the current|the previous|the same) year';

const pad = (n: number) => String(n).padStart(2, '0');
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };
const RU_COUNTS: [RegExp, number][] = [[/^дву/, 2], [/^тр[её]/, 3], [/^четыр/, 4], [/^пят/, 5], [/^шест/, 6], [/^сем/, 7], [/^восьм/, 8], [/^девят/, 9], [/^десят/, 10], [/^одиннадцат/, 11]];

/** Russian month names in the cases dates use: 20 июня, в июне, июнь. */
export const RU_MONTH_PATTERN = '(январ[яеь]|феврал[яеь]|март[ае]?|апрел[яеь]|ма[йяе]|июн[яеь]|июл[яеь]|август[ае]?|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь])(?![\\p{L}])';
const RU_MONTH_STEMS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

export function ruMonthNumber(word: string): number {
  const lower = word.toLowerCase();
  if (lower.startsWith('мар')) return 3;
  return RU_MONTH_STEMS.findIndex((stem) => lower.startsWith(stem)) + 1;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key)) + 1;
}

interface Reference {
  year: number;
  month: number;
  day: number;
  iso: string;
  /** Only the year is known ("2022"): a day written without a year is in it. */
  yearOnly: boolean;
  /** The publication day itself is known (not only its month or year). */
  dayKnown: boolean;
}

function reference(published: PartialDate): Reference {
  const [year, month = 6, day = 15] = published.split('-').map(Number) as [number, number?, number?];
  return { year, month, day, iso: `${year}-${pad(month)}-${pad(day)}`, yearOnly: published.length === 4, dayKnown: published.length === 10 };
}

function relativeYear(word: string, ref: Reference): number {
  if (word === 'last' || word === 'the previous') return ref.year - 1;
  if (word === 'next') return ref.year + 1;
  return ref.year;
}

/**
 * The year of a day or month written without one: the publication's year, unless that
 * puts it well after the publication (a report of 10 January on "22 December" means the
 * December before).
 */
function guessYear(month: number, day: number | undefined, ref: Reference): number {
  if (ref.yearOnly) return ref.year;
  const monthsAhead = (month - ref.month) + ((day ?? 15) - ref.day) / 31;
  return monthsAhead > 4 ? ref.year - 1 : monthsAhead < -9 ? ref.year + 1 : ref.year;
}

const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const month = (y: number, m: number) => `${y}-${pad(m)}`;

interface Rule {
  pattern: RegExp;
  /** `text`: the sentence the match is in. */
  make: (match: RegExpExecArray, ref: Reference, text?: string) => Omit<DateMention, 'start' | 'end'> | undefined;
}

function yearOf(text: string | undefined, rel: string | undefined, ref: Reference, m: number, d?: number): { year: number; relative: boolean } {
  if (text) return { year: Number(text), relative: false };
  if (rel) return { year: relativeYear(rel, ref), relative: true };
  return { year: guessYear(m, d, ref), relative: true };
}

// What the rules need (src/prechecks.ts): most sentences hold no digit or month, and a rule whose
// opening words are optional ("the first half of", "the end of") is otherwise tried at every position.
const DIGIT = /\d/;
const YEAR_DIGITS = /(?:19|20)\d\d/;
/** A month's name or abbreviation, in any case (the rules with the flag i). */
const A_MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** The same, capitalised (the rules without it). */
const A_MONTH_CAPITALISED = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

const RULES: Rule[] = [
  // 05.11.2021 (day, month, year, as European and Russian pages print them)
  {
    pattern: prechecked(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d])/g, YEAR_DIGITS),
    make: (m) => validDay(Number(m[3]), Number(m[2]), Number(m[1]), false),
  },
  // 16/10/2021: day, month and year in slashes, as a page's section line prints them. The order is read when one of the two
  // exceeds 12 (10/16/2021 is American); else day first only on a Russian page, where it is the custom (an English one
  // may be either, and keeps only the year).
  {
    pattern: prechecked(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/g, YEAR_DIGITS),
    make: (m, _ref, text) => {
      const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (a > 12) return validDay(y, b, a, false);
      if (b > 12) return validDay(y, a, b, false);
      return text !== undefined && /\p{Script=Cyrillic}/u.test(text) ? validDay(y, b, a, false) : undefined;
    },
  },
  // 2024-06-20 (ISO, as some feeds print the report's date)
  {
    pattern: prechecked(/\b(\d{4})-(\d{2})-(\d{2})\b/g, /\d-\d/),
    make: (m) => validDay(Number(m[1]), Number(m[2]), Number(m[3]), false),
  },
  // 30 May – 2 June 2024
  {
    pattern: prechecked(new RegExp(`${DAY}\\s+${MONTH}\\s*[–—-]\\s*${DAY}\\s+${MONTH}(?:,?\\s+${YEAR}|\\s+${REL_YEAR})?`, 'gi'), DIGIT, A_MONTH),
    make: (m, ref) => {
      const m1 = monthNumber(m[2]!);
      const m2 = monthNumber(m[4]!);
      const { year, relative } = yearOf(m[5], m[6], ref, m2, Number(m[3]));
      return { from: day(m2 < m1 ? year - 1 : year, m1, Number(m[1])), to: day(year, m2, Number(m[3])), kind: 'span', relative };
    },
  },
  // 14–16 March 2024, 26-27 January
  {
    pattern: prechecked(new RegExp(`${DAY}\\s*(?:[–—-]|and)\\s*${DAY}\\s+${MONTH}(?:,?\\s+${YEAR}|\\s+${REL_YEAR})?`, 'gi'), DIGIT, A_MONTH),
    make: (m, ref) => {
      const mo = monthNumber(m[3]!);
      const { year, relative } = yearOf(m[4], m[5], ref, mo, Number(m[2]));
      if (Number(m[2]) <= Number(m[1])) return undefined;
      return { from: day(year, mo, Number(m[1])), to: day(year, mo, Number(m[2])), kind: 'span', relative };
    },
  },
  // March 14–16, 2024; "January 23 and 24, in 2007"; "May 6 to 9, 2024", "from Dec. 12 to 14" (not "5 to 10 percent")
  {
    pattern: prechecked(new RegExp(`${MONTH}\\s+${DAY}\\s*(?:[–—-]|and|to)\\s*${DAY}(?![\\d,.]*\\s*(?:million|billion|percent|per\\s+cent|%))(?:,?\\s+(?:in\\s+)?${YEAR})?`, 'gi'), DIGIT, A_MONTH),
    make: (m, ref) => {
      const mo = monthNumber(m[1]!);
      const { year, relative } = yearOf(m[4], undefined, ref, mo, Number(m[3]));
      if (Number(m[3]) <= Number(m[2]) || Number(m[3]) > 31) return undefined;
      return { from: day(year, mo, Number(m[2])), to: day(year, mo, Number(m[3])), kind: 'span', relative };
    },
  },
  // the first half / the third quarter of 2023 (or of this year)
  {
    pattern: prechecked(new RegExp(`(?:the\\s+)?(first|second|1st|2nd|third|3rd|fourth|4th)\\s+(half|quarter)\\s+of\\s+(?:${YEAR}|${REL_YEAR})`, 'gi'), /(?:half|quarter)\s+of\s/i),
    make: (m, ref) => {
      const year = m[3] ? Number(m[3]) : relativeYear(m[4]!.toLowerCase(), ref);
      const index = ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 } as Record<string, number>)[m[1]!.toLowerCase()]!;
      const size = m[2]!.toLowerCase() === 'half' ? 6 : 3;
      if (index * size > 12) return undefined;
      return { from: month(year, (index - 1) * size + 1), to: month(year, index * size), kind: 'part', relative: !m[3] };
    },
  },
  // since the beginning of the year: January to the report's month
  {
    pattern: prechecked(/\b(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year\b/gi, /(?:beginning|start)\s+of\s/i),
    make: (_m, ref) => (ref.month > 1 ? { from: month(ref.year, 1), to: month(ref.year, ref.month), kind: 'span', relative: true } : undefined),
  },
  // the first eight months of 2024 (or of this year)
  {
    pattern: prechecked(new RegExp(`(?:the\\s+)?first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+(?:${YEAR}|${REL_YEAR})`, 'gi'), /months\s+of\s/i),
    make: (m, ref) => {
      const count = COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const year = m[2] ? Number(m[2]) : relativeYear(m[3]!.toLowerCase(), ref);
      if (!count || count > 12) return undefined;
      return { from: month(year, 1), to: month(year, count), kind: 'span', relative: !m[2] };
    },
  },
  // January–November 2024, from January to March this year
  {
    pattern: prechecked(new RegExp(`${MONTH}${DASH}${MONTH}(?:,?\\s+${YEAR}|\\s+${REL_YEAR})`, 'gi'), A_MONTH),
    make: (m, ref) => {
      const year = m[3] ? Number(m[3]) : relativeYear(m[4]!.toLowerCase(), ref);
      const [a, b] = [monthNumber(m[1]!), monthNumber(m[2]!)];
      if (b <= a) return undefined;
      return { from: month(year, a), to: month(year, b), kind: 'span', relative: !m[3] };
    },
  },
  // from 2005 to (the end of) September 2023, between 2010 and 2023, 2025–2027
  {
    pattern: prechecked(new RegExp(`(?:(from|between)\\s+)?${YEAR}${DASH}(?:the\\s+end\\s+of\\s+)?(?:${MONTH}\\s+)?${YEAR}`, 'gi'), YEAR_DIGITS),
    make: (m) => {
      const [a, b] = [Number(m[2]), Number(m[4])];
      if (b < a) return undefined;
      return { from: String(a), to: m[3] ? month(b, monthNumber(m[3])) : String(b), kind: 'span', relative: false };
    },
  },
  // since 2005
  {
    pattern: prechecked(new RegExp(`since\\s+${YEAR}`, 'gi'), YEAR_DIGITS),
    make: (m, ref) => ({ from: m[1]!, to: ref.iso, kind: 'span', relative: true, openEnded: true }),
  },
  // over the past ten years
  {
    pattern: prechecked(/(?:over|in|during)\s+the\s+(?:past|last)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years/gi, /(?:past|last)\s/i),
    make: (m, ref) => {
      const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20 };
      const years = Number(m[1]) || words[m[1]!.toLowerCase()]!;
      return { from: String(ref.year - years), to: String(ref.year), kind: 'span', relative: true };
    },
  },
  // 29 February 2024, 1 January this year
  {
    // ("the 15th of March, 2023": "of" between the day and the month, as some outlets write it.)
    pattern: prechecked(new RegExp(`${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR}|\\s+${REL_YEAR})?`, 'gi'), DIGIT, A_MONTH),
    make: (m, ref) => {
      const mo = monthNumber(m[2]!);
      const { year, relative } = yearOf(m[3], m[4], ref, mo, Number(m[1]));
      return validDay(year, mo, Number(m[1]), relative);
    },
  },
  // January 1, 2024; June 7; "November 26 of 2018" (translated releases write "of" before the year)
  {
    pattern: prechecked(new RegExp(`${MONTH}\\s+${DAY}(?![\\d,.]*\\s*(?:million|billion|percent|%))(?:,?\\s+(?:of\\s+)?${YEAR})?`, 'gi'), DIGIT, A_MONTH),
    make: (m, ref) => {
      const mo = monthNumber(m[1]!);
      const { year, relative } = yearOf(m[3], undefined, ref, mo, Number(m[2]));
      return validDay(year, mo, Number(m[2]), relative);
    },
  },
  // (the end of) September 2023, May this year, last October
  {
    pattern: prechecked(new RegExp(`(?:(?:the\\s+)?end\\s+of\\s+)?${MONTH}(?:,?\\s+${YEAR}|\\s+${REL_YEAR})`, 'g'), A_MONTH_CAPITALISED),
    make: (m, ref) => {
      const year = m[2] ? Number(m[2]) : relativeYear(m[3]!.toLowerCase(), ref);
      return { from: month(year, monthNumber(m[1]!)), kind: 'month', relative: !m[2] };
    },
  },
  {
    pattern: prechecked(new RegExp(`(last|next|this)\\s+${MONTH}`, 'g'), A_MONTH_CAPITALISED),
    make: (m, ref) => {
      const mo = monthNumber(m[2]!);
      const word = m[1]!.toLowerCase();
      const year = word === 'last' ? (mo >= ref.month ? ref.year - 1 : ref.year) : word === 'next' ? (mo <= ref.month ? ref.year + 1 : ref.year) : ref.year;
      return { from: month(year, mo), kind: 'month', relative: true };
    },
  },
  // in June, In June (the month capitalised, so the modal "may" is not a month)
  {
    pattern: prechecked(/(?<=\b(?:[Ii]n|of|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ff]or|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, A_MONTH_CAPITALISED),
    make: (m, ref) => {
      const mo = monthNumber(m[1]!);
      return { from: month(guessYear(mo, undefined, ref), mo), kind: 'month', relative: true };
    },
  },
  // last month, this month, next month
  {
    pattern: prechecked(/\b(last|next|this|the previous|the same)\s+month\b/gi, /month/i),
    make: (m, ref) => {
      const shift = /^(?:last|the previous)$/i.test(m[1]!) ? -1 : /^next$/i.test(m[1]!) ? 1 : 0;
      const index = ref.year * 12 + ref.month - 1 + shift;
      return { from: month(Math.floor(index / 12), (index % 12) + 1), kind: 'month', relative: true };
    },
  },
  // last year, this year, next year
  {
    pattern: prechecked(/\b(last|next|this|the current|the previous)\s+year\b/gi, /year/i),
    make: (m, ref) => ({ from: String(relativeYear(m[1]!.toLowerCase(), ref)), kind: 'year', relative: true }),
  },
  // in the autumn, later this year: known to the year only
  {
    pattern: prechecked(/\b(?:in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter))\b/gi, /(?:spring|summer|autumn|fall|winter)/i),
    make: (_m, ref) => ({ from: String(ref.year), kind: 'year', relative: true }),
  },
  // 2023
  {
    pattern: prechecked(new RegExp(`(?<![\\d.,–-])${YEAR}(?![\\d]|[.,]\\d)`, 'g'), YEAR_DIGITS),
    make: (m) => ({ from: m[1]!, kind: 'year', relative: false }),
  },
];


const RM = RU_MONTH_PATTERN;
const RU_YEAR = '((?:19|20)\\d{2})(?:\\s*(?:года|году|год|г\\.?))?';
const RU_REL_YEAR = '(прошл|текущ|эт|нынешн|следующ|будущ|предыдущ)\\p{L}*\\s+год\\p{L}*';
const ruRelativeYear = (word: string, ref: Reference) => (/^(?:прошл|предыдущ)/.test(word) ? ref.year - 1 : /^(?:следующ|будущ)/.test(word) ? ref.year + 1 : ref.year);
const NOT_LETTER = '(?<![\\p{L}\\d])';
/** A Russian month's name in any case (what RM needs, for the prechecks). */
const A_RU_MONTH = /(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;

/** The same shapes in Russian: "20 июня 2024 года", "10–11 марта", "в январе–ноябре 2024 года", "в прошлом году", "05.11.2021". */
const RU_RULES: Rule[] = [
  // "в этом месяце", "в текущем месяце", "до конца месяца", "в прошлом месяце", "в следующем месяце": the report's month,
  // or the one before or after it (as "this month" in English).
  {
    pattern: prechecked(/(?<![\p{L}])(?:в\s+(этом|текущем|прошлом|минувшем|следующем)\s+месяце|до\s+конца\s+(?:этого\s+|текущего\s+)?месяца)(?![\p{L}])/giu, /месяц/iu),
    make: (m, ref) => {
      const word = (m[1] ?? '').toLowerCase();
      const shift = /^(?:прошлом|минувшем)$/.test(word) ? -1 : word === 'следующем' ? 1 : 0;
      const index = ref.year * 12 + ref.month - 1 + shift;
      return { from: month(Math.floor(index / 12), (index % 12) + 1), kind: 'month', relative: true };
    },
  },
  // "с начала года", "с начала текущего года": January to the report's month
  {
    pattern: prechecked(/(?<![\p{L}])с\s+начала\s+(?:текущего\s+|этого\s+)?года(?![\p{L}])/giu, /начала/iu),
    make: (_m, ref) => (ref.month > 1 ? { from: month(ref.year, 1), to: month(ref.year, ref.month), kind: 'span', relative: true } : undefined),
  },
  {
    pattern: prechecked(new RegExp(`(?<![\\p{L}])(?:перв\\p{L}*\\s+|за\\s+)(\\p{L}+|\\d{1,2})\\s+месяц\\p{L}*\\s+(?:${RU_YEAR}|${RU_REL_YEAR})`, 'giu'), /месяц/iu),
    make: (m, ref) => {
      const word = m[1]!.toLowerCase();
      const count = Number(word) || RU_COUNTS.find(([pattern]) => pattern.test(word))?.[1];
      const year = m[2] ? Number(m[2]) : ruRelativeYear(m[3]!.toLowerCase(), ref);
      if (!count || count > 12) return undefined;
      return { from: month(year, 1), to: month(year, count), kind: 'span', relative: !m[2] };
    },
  },
  {
    pattern: prechecked(new RegExp(`${NOT_LETTER}(\\d{1,2})\\s*[–—-]\\s*(\\d{1,2})\\s+${RM}(?:\\s+${RU_YEAR}|\\s+${RU_REL_YEAR})?`, 'giu'), DIGIT, A_RU_MONTH),
    make: (m, ref) => {
      const mo = ruMonthNumber(m[3]!);
      const year = m[4] ? Number(m[4]) : m[5] ? ruRelativeYear(m[5].toLowerCase(), ref) : guessYear(mo, Number(m[2]), ref);
      if (Number(m[2]) <= Number(m[1])) return undefined;
      return { from: day(year, mo, Number(m[1])), to: day(year, mo, Number(m[2])), kind: 'span', relative: !m[4] };
    },
  },
  {
    // ("в первой половине текущего года", "за первую половину 2022 года": a half told in words.)
    pattern: prechecked(new RegExp(`(?:(перв|втор|1|2)\\p{L}*\\s+(?:полугоди|половин)\\p{L}*|(перв|втор|трет|четв[её]рт|I{1,3}V?|IV|[1-4])\\p{L}*[-\\s]+квартал\\p{L}*)\\s+(?:${RU_YEAR}|${RU_REL_YEAR})`, 'giu'), /(?:полугоди|половин|квартал)/iu),
    make: (m, ref) => {
      const year = m[3] ? Number(m[3]) : ruRelativeYear(m[4]!.toLowerCase(), ref);
      const word = (m[1] ?? m[2])!.toLowerCase();
      const index = /^(?:перв|1|i)$/.test(word) ? 1 : /^(?:втор|2|ii)$/.test(word) ? 2 : /^(?:трет|3|iii)$/.test(word) ? 3 : 4;
      const size = m[1] ? 6 : 3;
      if (index * size > 12) return undefined;
      return { from: month(year, (index - 1) * size + 1), to: month(year, index * size), kind: 'part', relative: !m[3] };
    },
  },
  {
    pattern: prechecked(new RegExp(`${NOT_LETTER}${RM}\\s*[–—-]\\s*${RM}\\s+(?:${RU_YEAR}|${RU_REL_YEAR})`, 'giu'), A_RU_MONTH),
    make: (m, ref) => {
      const year = m[3] ? Number(m[3]) : ruRelativeYear(m[4]!.toLowerCase(), ref);
      const [a, b] = [ruMonthNumber(m[1]!), ruMonthNumber(m[2]!)];
      if (b <= a) return undefined;
      return { from: month(year, a), to: month(year, b), kind: 'span', relative: !m[3] };
    },
  },
  {
    pattern: prechecked(new RegExp(`${NOT_LETTER}с\\s+((?:19|20)\\d{2})\\s*(?:года|г\\.)`, 'giu'), YEAR_DIGITS),
    make: (m, ref) => ({ from: m[1]!, to: ref.iso, kind: 'span', relative: true, openEnded: true }),
  },
  {
    pattern: prechecked(new RegExp(`${NOT_LETTER}(\\d{1,2})\\s+${RM}(?:\\s+${RU_YEAR}|\\s+${RU_REL_YEAR})?`, 'giu'), DIGIT, A_RU_MONTH),
    make: (m, ref) => {
      const mo = ruMonthNumber(m[2]!);
      if (m[3]) return validDay(Number(m[3]), mo, Number(m[1]), false);
      const year = m[4] ? ruRelativeYear(m[4].toLowerCase(), ref) : guessYear(mo, Number(m[1]), ref);
      return validDay(year, mo, Number(m[1]), true);
    },
  },
  {
    pattern: prechecked(new RegExp(`${NOT_LETTER}${RM}\\s+(?:${RU_YEAR}|${RU_REL_YEAR})`, 'giu'), A_RU_MONTH),
    make: (m, ref) => {
      const year = m[2] ? Number(m[2]) : ruRelativeYear(m[3]!.toLowerCase(), ref);
      return { from: month(year, ruMonthNumber(m[1]!)), kind: 'month', relative: !m[2] };
    },
  },
  {
    // (Its own precheck: A_RU_MONTH holds in common words, "принимает", and the pattern is slow to try everywhere.)
    pattern: prechecked(/(?<![\p{L}])в\s+(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![\p{L}])/giu, /(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![\p{L}])/iu),
    make: (m, ref) => {
      const mo = ruMonthNumber(m[1]!);
      return { from: month(guessYear(mo, undefined, ref), mo), kind: 'month', relative: true };
    },
  },
  // "в начале февраля", "в середине сентября", "в конце марта" (as "in early February"): the month, its year as "в феврале"'s.
  {
    pattern: prechecked(/(?<![\p{L}])в\s+(?:начале|середине|конце)\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])/giu, /(?:начале|середине|конце)\s/iu),
    make: (m, ref) => {
      const mo = ruMonthNumber(m[1]!);
      return { from: month(guessYear(mo, undefined, ref), mo), kind: 'month', relative: true };
    },
  },
  {
    pattern: prechecked(new RegExp(`${NOT_LETTER}${RU_REL_YEAR}`, 'giu'), /год/iu),
    make: (m, ref) => ({ from: String(ruRelativeYear(m[1]!.toLowerCase(), ref)), kind: 'year', relative: true }),
  },
];

const RU_WEEKDAYS: [RegExp, number][] = [
  [/^понедельник/, 1], [/^вторник/, 2], [/^сред/, 3], [/^четверг/, 4], [/^пятниц/, 5], [/^суббот/, 6], [/^воскресень/, 0],
];

/** "вчера", "накануне", "в четверг": the day before the report, or the last such weekday (the next, in a sentence about the future). */
function ruRelativeDays(text: string, ref: Reference, offset: number): DateMention[] {
  const mentions: DateMention[] = [];
  const base = Date.UTC(ref.year, ref.month - 1, ref.day);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (const match of text.matchAll(/(?<![\p{L}])(вчера|накануне|сегодня|(?:во?\s+)(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))(?![\p{L}])/giu)) {
    const word = match[1]!.toLowerCase();
    let date: string;
    if (word === 'вчера' || word === 'накануне') date = iso(base - 86_400_000);
    else if (word === 'сегодня') date = iso(base);
    else {
      const target = RU_WEEKDAYS.find(([pattern]) => pattern.test(match[2]!.toLowerCase()))![1];
      const weekday = new Date(base).getUTCDay();
      const future = RU_FUTURE_DAYS.test(text.toLowerCase());
      const delta = future ? (target - weekday + 7) % 7 : -((weekday - target + 7) % 7);
      date = iso(base + delta * 86_400_000);
    }
    mentions.push({ start: offset + match.index, end: offset + match.index + match[0].length, from: date, kind: 'day', relative: true });
  }
  return mentions;
}

function validDay(year: number, mo: number, d: number, relative: boolean): Omit<DateMention, 'start' | 'end'> | undefined {
  const date = new Date(Date.UTC(year, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || d < 1) return undefined;
  return { from: day(year, mo, d), kind: 'day', relative };
}

// Words for which chrono's relative parsing is worth running.
const RELATIVE_DAYS = /\b(?:today|yesterday|tomorrow|(?:on\s+|last\s+|next\s+|this\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
const FUTURE = /\b(?:will|shall|is to|are to|(?:is|are) set to|scheduled|expected|planned|upcoming|next|intends? to|plans? to)\b/i;
/**
 * "met Friday in <City>", "During the Tuesday meeting", "Friday's encounter": a weekday after a word in lower case (a
 * verb, an article, a preposition), as agencies write it without "on" (not "Good Friday", "Super Tuesday").
 */
const BARE_WEEKDAY = /(?<=\b[a-z]+\s)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** A Russian verb of meeting in the past tense ("провели", "состоялся", "встретился"). */
const RU_PAST = /(?<![\p{L}])(?:провел[аи]?|состоял(?:ся|ась|ось|ись)|прошл[аио]|прош[её]л|встретил(?:ся|ась|ись)|обсудил[аи]?|принял[аи]?|беседовал[аи]?)(?![\p{L}])/iu;

/**
 * "14 февраля провели телефонные разговоры" in a report with no year of its own: a day whose year was guessed, and
 * which the guess puts after the publication, is in the year before when the sentence tells a meeting in the past
 * tense and speaks of no future one (the guess alone reads a report of early December on February as the coming one).
 */
function pastInPastTense(made: Omit<DateMention, 'start' | 'end'> | undefined, text: string, written: string, ref: Reference): Omit<DateMention, 'start' | 'end'> | undefined {
  // (A report known only by its year holds the day in that year: its middle, ref.iso, is no bound.)
  if (!made || made.kind !== 'day' || !made.relative || ref.yearOnly || made.from <= ref.iso || /\d{4}/.test(written)) return made;
  if (!RU_PAST.test(text) || RU_FUTURE_DAYS.test(text.toLowerCase())) return made;
  const earlier = `${Number(made.from.slice(0, 4)) - 1}${made.from.slice(4)}`;
  return earlier <= ref.iso ? { ...made, from: earlier } : made;
}

/**
 * Every date expression in `text`, resolved against `published`. Overlapping matches go
 * to the rule listed first (the longer, more specific forms).
 */
export function findDates(text: string, published: PartialDate, offset = 0): DateMention[] {
  const ref = reference(published);
  const taken: DateMention[] = [];
  const overlaps = (start: number, end: number) => taken.some((m) => start < m.end && end > m.start);
  // Russian first, so "20 июня 2024 года" is one date before the year alone is taken.
  if (/\p{Script=Cyrillic}/u.test(text)) {
    for (const rule of RU_RULES) {
      for (const match of matchesOf(text, rule.pattern)) {
        const start = offset + match.index!;
        const end = start + match[0].length;
        if (overlaps(start, end)) continue;
        const made = pastInPastTense(rule.make(match as RegExpExecArray, ref), text, match[0], ref);
        if (made) taken.push({ ...made, start, end, ...deadlineOf(text, match.index!), ...documentOf(text, match.index!) });
      }
    }
    for (const mention of ruRelativeDays(text, ref, offset)) if (!overlaps(mention.start, mention.end)) taken.push(mention);
  }
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const match of matchesOf(text, rule.pattern)) {
      const start = offset + match.index!;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      const made = rule.make(match as RegExpExecArray, ref, text);
      if (made) taken.push({ ...made, start, end, ...deadlineOf(text, match.index!), ...documentOf(text, match.index!) });
    }
  }
  if (RELATIVE_DAYS.test(text) || /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/.test(text)) {
    for (const mention of relativeDays(text, ref, offset)) if (!overlaps(mention.start, mention.end)) taken.push(mention);
  }
  taken.sort((a, b) => a.start - b.start);
  return taken.filter((mention, i) => !weekdayOfDate(text, offset, mention, taken[i + 1]));
}

const WEEKDAY_WORD = /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|сегодня|вчера)$/iu;

/**
 * "On Monday 7 March", "on Tuesday, January 30, 2024", "в четверг, 7 мая", "Friday (June 7)", "сегодня, 14 января": a weekday
 * (or today, yesterday) written right before
 * the date it names says nothing the date does not, and resolved on its own it can fall in another week (or, on a page
 * known only by its year, say no more than the year), so the date stands for both.
 */
function weekdayOfDate(text: string, offset: number, mention: DateMention, next: DateMention | undefined): boolean {
  if (!next || mention.kind !== 'day' && mention.kind !== 'year' && mention.kind !== 'month' || !mention.relative) return false;
  if (next.kind !== 'day' && next.kind !== 'span') return false;
  const words = text.slice(mention.start - offset, mention.end - offset);
  if (!WEEKDAY_WORD.test(words)) return false;
  return /^[\s,(]{0,4}$/.test(text.slice(mention.end - offset, next.start - offset));
}

function deadlineOf(text: string, index: number): { deadline?: boolean } {
  const before = text.slice(Math.max(0, index - 20), index);
  return /\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?$/i.test(before) || /(?<![\p{L}])(?:до|к|не позднее)\s+(?:конца\s+)?$/iu.test(before) ? { deadline: true } : {};
}

// A document's name, then (within its title) "of", "dated" or "от" right before the date.
const DOCUMENT_DATED = /\b(?:Agreement|Treaty|Memorandum|Protocol|Declaration|Decree|Resolution|Convention)\b[^.;]{0,120}?\b(?:of|dated)\s+$/;
const RU_DOCUMENT_DATED = /(?<![\p{L}])(?:соглашени|договор|меморандум|протокол|указ|постановлени|распоряжени|деклараци|конвенци|заявлени)\p{L}*[^.;]{0,160}?\s+от\s+$/iu;

function documentOf(text: string, index: number): { document?: boolean } {
  const before = text.slice(Math.max(0, index - 200), index);
  return DOCUMENT_DATED.test(before) || RU_DOCUMENT_DATED.test(before) ? { document: true } : {};
}

const chronoCache = new Map<string, { index: number; text: string; date: Date }[]>();

/** chrono's reading of a few words against a day, kept: reports repeat "on Tuesday". */
function chronoParse(words: string, refDate: Date, forward: boolean): { index: number; text: string; date: Date }[] {
  const key = `${words.toLowerCase()}|${refDate.toISOString()}|${forward}`;
  let results = chronoCache.get(key);
  if (!results) {
    results = chrono.en.GB.parse(words, { instant: refDate, timezone: 0 }, { forwardDate: forward }).map((r) => ({ index: r.index, text: r.text, date: r.start.date() }));
    if (chronoCache.size > 5000) chronoCache.clear();
    chronoCache.set(key, results);
  }
  return results;
}

/** "on Tuesday", "yesterday": chrono resolves them from the publication day, forward when the clause speaks of the future. */
function relativeDays(text: string, ref: Reference, offset: number): DateMention[] {
  const refDate = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  // chrono reads only the words that name a day, not the whole sentence (it is the costliest step on long texts).
  // Forward only when the future is spoken of before the day: "will hold … on Tuesday", not "met on Wednesday to prepare the next …".
  const ahead = (at: number) => FUTURE.test(text.slice(0, at));
  const matches = [...text.matchAll(new RegExp(RELATIVE_DAYS.source, 'gi'))];
  for (const bare of text.matchAll(BARE_WEEKDAY)) if (!matches.some((m) => bare.index >= m.index && bare.index < m.index + m[0].length)) matches.push(bare);
  const results = matches.flatMap((match) =>
    chronoParse(match[0], refDate, ahead(match.index)).map((result) => ({ index: match.index + result.index, text: result.text, date: result.date, forward: ahead(match.index) })),
  );
  const mentions: DateMention[] = [];
  for (const result of results) {
    if (!RELATIVE_DAYS.test(result.text) && !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(result.text)) continue;
    // "The Europe Today", "USA Today": a capitalised "Today" after a capitalised word ends a name, not a day.
    if (/^Today\b/.test(result.text) && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, result.index - 30), result.index))) continue;
    const date = result.date;
    // chrono resolves "on Tuesday" to the nearest Tuesday; a report speaks of the last one
    // unless the sentence is about the future.
    let iso = date.toISOString().slice(0, 10);
    if (!result.forward && iso > ref.iso) {
      const earlier = new Date(date.getTime() - 7 * 86_400_000);
      iso = earlier.toISOString().slice(0, 10);
    }
    // (Only a month is known, from an address like ".../2021/03/...", en-462: "yesterday" is a day of that month, not
    // of the 15th that stands in for the day; the month is all that can be said.)
    if (!ref.dayKnown && !ref.yearOnly) {
      mentions.push({ start: offset + result.index, end: offset + result.index + result.text.length, from: ref.iso.slice(0, 7), kind: 'month', relative: true });
      continue;
    }
    // (Only the year is known, an undated page read in the year of a date it gives, en-305: "this Friday" is a day of that
    // year, not a Friday near the middle of it that stands in for the day.)
    if (ref.yearOnly) {
      mentions.push({ start: offset + result.index, end: offset + result.index + result.text.length, from: String(ref.year), kind: 'year', relative: true });
      continue;
    }
    mentions.push({ start: offset + result.index, end: offset + result.index + result.text.length, from: iso, kind: 'day', relative: true });
  }
  return mentions;
}
