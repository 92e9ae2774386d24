/*
 * The periods trade and investment figures are given for, where the general date reader
 * (dates.ts) reads too little: a fiscal year ("2020-21", "fiscal year 2022-23", "FY2022-23"),
 * a span of months with a spaced dash or a relative year ("January - September of this year",
 * "Jul-Apr 2021"), a count of months ("nine months of 2022", "за два месяца текущего года") and
 * "с января по июль". Only the sentences of a figure are read; meetings keep dates.ts alone.
 */
import type { PartialDate } from '@bilat/domain';
import type { DateMention } from './dates.js';

/** A fiscal year, read before its country is known: "2020-21" is April to March in India, July to June in Pakistan. */
export interface FiscalMention {
  start: number;
  end: number;
  first: number;
  /** Written as a fiscal year ("fiscal year", "FY"), not only as "2020-21". */
  named: boolean;
}

/**
 * The month a country's fiscal year opens, for countries whose trade figures are commonly given by
 * fiscal year. A country absent here counts by calendar year: "2020-21" is then the two years.
 */
export const FISCAL_YEAR_START: Record<string, number> = {
  IN: 4, JP: 4, MM: 4, PK: 7, BD: 7, NP: 7, AU: 7, NZ: 7, EG: 7, KE: 7, UG: 7, TZ: 7, ET: 7,
};

const pad = (n: number) => String(n).padStart(2, '0');
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const RU_MONTH_STEMS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const RU_MONTH = '(январ[яеь]|феврал[яеь]|март[ае]?|апрел[яеь]|ма[йяе]|июн[яеь]|июл[яеь]|август[ае]?|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь])(?![\\p{L}])';
const COUNT = '(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})';
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };
const RU_COUNT = '(дв(?:а|ух)|тр(?:и|[её]х)|четыр(?:е|[её]х)|пят(?:ь|и)|шест(?:ь|и)|сем(?:ь|и)|восем(?:ь|и)|восьми|девят(?:ь|и)|десят(?:ь|и)|одиннадцат(?:ь|и)|\\d{1,2})';
const RU_COUNTS: [RegExp, number][] = [[/^дв/, 2], [/^тр/, 3], [/^четыр/, 4], [/^пят/, 5], [/^шест/, 6], [/^сем/, 7], [/^вос/, 8], [/^девят/, 9], [/^десят/, 10], [/^одиннадцат/, 11]];
/** "of this year", "2022", "of the current year", "текущего года", "2023 года". */
const EN_YEAR = '(?:\\s*,?\\s*(?:of\\s+)?(?:(this|last|the\\s+current|the\\s+previous)\\s+year|((?:19|20)\\d{2})))?';
const RU_YEAR = '(?:\\s+(?:(этого|текущего|нынешнего|прошлого|минувшего)\\s+года|((?:19|20)\\d{2})\\s*(?:года|г\\.?)?))?';

function enMonth(word: string): number {
  return EN_MONTHS.indexOf(word.toLowerCase().slice(0, 3)) + 1;
}

function ruMonth(word: string): number {
  const lower = word.toLowerCase();
  if (lower.startsWith('мар')) return 3;
  return RU_MONTH_STEMS.findIndex((stem) => lower.startsWith(stem)) + 1;
}

function countOf(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  return COUNTS[word.toLowerCase()] ?? RU_COUNTS.find(([stem]) => stem.test(word.toLowerCase()))?.[1] ?? 0;
}

/** The year named, or the one a relative word gives against the publication. */
function yearFrom(relative: string | undefined, written: string | undefined, published: PartialDate): { year: number; relative: boolean } {
  const current = Number(published.slice(0, 4));
  if (written) return { year: Number(written), relative: false };
  if (relative && /^(?:last|the\s+previous|прошлого|минувшего)$/i.test(relative)) return { year: current - 1, relative: true };
  return { year: current, relative: true };
}

function span(start: number, end: number, year: number, first: number, last: number, relative: boolean): DateMention | undefined {
  if (first < 1 || last < 1 || first > 12 || last > 12 || first === last) return undefined;
  // "Jul-Apr 2021": a span that wraps opens in the year before.
  const startYear = first > last ? year - 1 : year;
  return { start, end, from: `${startYear}-${pad(first)}`, to: `${year}-${pad(last)}`, kind: 'span', relative };
}

const PATTERNS: { pattern: RegExp; make: (m: RegExpExecArray, published: PartialDate, start: number, end: number) => DateMention | undefined }[] = [
  // "January - September of this year", "Jul-Apr 2021", "from January to July"
  {
    pattern: new RegExp(`\\b${EN_MONTH}\\s*(?:[–—-]|\\bto\\b|\\bthrough\\b|\\bthru\\b)\\s*${EN_MONTH}(?![\\p{L}])${EN_YEAR}`, 'giu'),
    make: (m, published, start, end) => {
      const { year, relative } = yearFrom(m[3], m[4], published);
      return span(start, end, year, enMonth(m[1]!), enMonth(m[2]!), relative);
    },
  },
  // "(the first) nine months of 2022", "eight months of this year"
  {
    pattern: new RegExp(`\\b(?:the\\s+first\\s+)?${COUNT}\\s+months\\s+of\\s+(?:(this|last|the\\s+current|the\\s+previous)\\s+year|((?:19|20)\\d{2}))`, 'giu'),
    make: (m, published, start, end) => {
      const { year, relative } = yearFrom(m[2], m[3], published);
      const count = countOf(m[1]!);
      return count >= 2 && count <= 11 ? { start, end, from: `${year}-01`, to: `${year}-${pad(count)}`, kind: 'span', relative } : undefined;
    },
  },
  // "с января по июль", "с января по сентябрь 2022 года"
  {
    pattern: new RegExp(`(?<![\\p{L}])с\\s+${RU_MONTH}\\s+по\\s+${RU_MONTH}${RU_YEAR}`, 'giu'),
    make: (m, published, start, end) => {
      const { year, relative } = yearFrom(m[3], m[4], published);
      return span(start, end, year, ruMonth(m[1]!), ruMonth(m[2]!), relative);
    },
  },
  // "за два месяца текущего года", "за девять месяцев этого года" (a year in figures is dates.ts's)
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:за|в)\\s+(?:первые\\s+)?${RU_COUNT}\\s+месяц\\p{L}*\\s+(этого|текущего|нынешнего|прошлого|минувшего)\\s+года`, 'giu'),
    make: (m, published, start, end) => {
      const { year, relative } = yearFrom(m[2], undefined, published);
      const count = countOf(m[1]!);
      return count >= 2 && count <= 11 ? { start, end, from: `${year}-01`, to: `${year}-${pad(count)}`, kind: 'span', relative } : undefined;
    },
  },
];

/** "fiscal year 2022-23", "FY2022-23", "2020-21" (consecutive years, the second in two digits). */
const FISCAL = /(?<![\d\p{L}])((?:fiscal|financial)\s+year\s+|FY\s?)?((?:19|20)\d{2})\s?[-–/]\s?(\d{2})(?![\d\p{L}])/giu;

/** The figure periods of one sentence, and its fiscal years, with offsets into the text. */
export function findPeriods(text: string, published: PartialDate, offset = 0): { periods: DateMention[]; fiscal: FiscalMention[] } {
  const periods: DateMention[] = [];
  const fiscal: FiscalMention[] = [];
  if (!/\d|месяц|январ|феврал|January|February|Jan|Feb|Jul/iu.test(text)) return { periods, fiscal };
  for (const { pattern, make } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = offset + match.index;
      const end = start + match[0].trimEnd().length;
      if (periods.some((p) => start < p.end && end > p.start)) continue;
      const made = make(match as RegExpExecArray, published, start, end);
      if (made) periods.push(made);
    }
  }
  for (const match of text.matchAll(FISCAL)) {
    const first = Number(match[2]);
    if ((first + 1) % 100 !== Number(match[3])) continue;
    const start = offset + match.index;
    fiscal.push({ start, end: start + match[0].length, first, named: Boolean(match[1]) });
  }
  return { periods, fiscal };
}

/** A fiscal year as a span of months, by the fiscal year of `country`; a country without one counts the two calendar years. */
export function fiscalSpan(mention: FiscalMention, country: string | undefined): DateMention {
  const opens = country ? FISCAL_YEAR_START[country] : undefined;
  if (!opens) return { start: mention.start, end: mention.end, from: String(mention.first), to: String(mention.first + 1), kind: 'span', relative: false };
  const closes = opens === 1 ? 12 : opens - 1;
  return { start: mention.start, end: mention.end, from: `${mention.first}-${pad(opens)}`, to: `${mention.first + 1}-${pad(closes)}`, kind: 'span', relative: false };
}
