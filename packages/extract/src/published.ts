import type { PartialDate } from '@bilat/domain';
import { findCities, lookupParty } from './gazetteer.js';
import { RU_MONTH_PATTERN, ruMonthNumber } from './dates.js';

/*
 * The report's own date, when the caller does not give it: the page's metadata, else a
 * date printed on a line of its own near the headline ("10 March 2023", "Wed 12th
 * February 2020 | 03:54 PM", "23:37 05.11.2021"), else the dateline ("ISLAMABAD, May 10
 * (APP):", "ASTANA, 5 March. KAZINFORM", "Ташкент, 5 марта"), whose year is the latest
 * that does not put it after today, else the report's address ("/24-Oct-2020/",
 * "/20211105/"), else the year the text's figures speak from ("January–April 2019"), else today.
 * The draft says which.
 */

export type PublishedFrom = 'options' | 'front matter' | 'page metadata' | 'date line' | 'dateline' | 'address' | 'text' | 'today';

export interface FoundDate {
  date: PartialDate;
  from: PublishedFrom;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const pad = (n: number) => String(n).padStart(2, '0');
const enMonth = (word: string) => EN_MONTHS.indexOf(word.toLowerCase().slice(0, 3)) + 1;

function valid(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1945 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/** A full date (day, month and year) in a short stretch of text, in any of the shapes pages print. */
export function fullDate(text: string): string | undefined {
  let m = /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i').exec(text);
  if (m) return valid(Number(m[3]), enMonth(m[2]!), Number(m[1]));
  // ("February 19/2024 (ENA)": a slash between the day and the year, as some agencies' datelines write it.)
  m = new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?:of\\s+)?|\\s*\\/\\s*)((?:19|20)\\d{2})\\b`, 'i').exec(text);
  if (m) return valid(Number(m[3]), enMonth(m[1]!), Number(m[2]));
  m = new RegExp(`(?<![\\p{L}])(\\d{1,2})\\s+${RU_MONTH_PATTERN}\\s+((?:19|20)\\d{2})`, 'iu').exec(text);
  if (m) return valid(Number(m[3]), ruMonthNumber(m[2]!), Number(m[1]));
  m = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/** A date printed on a line of its own among the first lines (the headline's, the byline's). */
function dateLine(text: string): string | undefined {
  const lines = text.slice(0, 800).split(/\n/).map((l) => l.trim()).filter(Boolean).slice(0, 8);
  for (const line of lines) {
    if (line.length > 90) continue;
    // A line of a date and little else: a time, a weekday, a byline, a site's name.
    const words = line.replace(/[\d:.|,/()-]+/g, ' ').trim().split(/\s+/).filter(Boolean);
    if (words.length > 9) continue;
    const date = fullDate(line);
    if (date) return date;
  }
  return undefined;
}

/** The day and month of a dateline at the start of the text: city (or agency), then the date. */
function dateline(text: string, today: string): { date: string; yearGuessed: boolean } | undefined {
  const head = text.slice(0, 600);
  const lines = head.split(/\n/).map((l) => l.trim()).filter(Boolean).slice(0, 6);
  for (const line of lines) {
    const start = line.slice(0, 80);
    // "1 октября. /MEDIA TALK/.", "5 March (AGENCY) –": the day first and the agency after it, with no city.
    const agencyFirst = new RegExp(`^(\\d{1,2})\\s+(?:${RU_MONTH_PATTERN}|${EN_MONTH})[.,]?\\s*(?:\\/[^/\\n]{2,40}\\/|\\([^()\\n]{2,40}\\)\\s*[.:–—-])`, 'iu').exec(start);
    if (agencyFirst) {
      const month = agencyFirst[2] ? ruMonthNumber(agencyFirst[2]) : enMonth(agencyFirst[3]!);
      const day = Number(agencyFirst[1]);
      const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
      const date = valid(month * 100 + day > tm * 100 + td ? ty - 1 : ty, month, day);
      if (date) return { date, yearGuessed: true };
    }
    const city = /^([\p{Lu}][\p{L}-]+(?:[ -][\p{Lu}][\p{L}-]+)?)[,.]?\s+/u.exec(start);
    if (!city || findCities(city[1]!.charAt(0) + city[1]!.slice(1).toLowerCase()).length === 0 && findCities(city[1]!).length === 0) continue;
    // "BAKU, Azerbaijan, November 4.": the country after the city.
    let rest = start.slice(city[0].length);
    const country = /^([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?),\s+/u.exec(rest);
    if (country && lookupParty(country[1]!)) rest = rest.slice(country[0].length);
    const full = fullDate(rest.slice(0, 30));
    if (full) return { date: full, yearGuessed: false };
    let m = new RegExp(`^${EN_MONTH}\\s+(\\d{1,2})\\b`, 'i').exec(rest);
    let month = m ? enMonth(m[1]!) : 0;
    let day = m ? Number(m[2]) : 0;
    if (!m) {
      m = new RegExp(`^(\\d{1,2})\\s+${EN_MONTH}(?![\\p{L}])`, 'iu').exec(rest);
      if (m) [day, month] = [Number(m[1]), enMonth(m[2]!)];
    }
    if (!m) {
      m = new RegExp(`^(\\d{1,2})\\s+${RU_MONTH_PATTERN}`, 'iu').exec(rest);
      if (m) [day, month] = [Number(m[1]), ruMonthNumber(m[2]!)];
    }
    if (!m || !month) continue;
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    const year = month * 100 + day > tm * 100 + td ? ty - 1 : ty;
    const date = valid(year, month, day);
    return date ? { date, yearGuessed: true } : undefined;
  }
  return undefined;
}

/** A date in the report's address: /2021/11/05/, /20211105/, /24-Oct-2020/, -2023-03-10-. */
export function addressDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  let m = /(?:^|[/_-])((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:[/_-]|$)/.exec(path);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(path);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  // "/news/yjj2025082700867/", "view.php?ud=20180323000168": an agency's item number that opens with its day (letters
  // or a parameter's name before it, at most eight digits of serial after it).
  m = /(?<=[A-Za-z_=])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,8}(?!\d))/.exec(path);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(`\\/(\\d{1,2})-${EN_MONTH}-((?:19|20)\\d{2})\\/`, 'i').exec(path);
  if (m) return valid(Number(m[3]), enMonth(m[2]!), Number(m[1]));
  // "/rus/2017/04/…": a year and month only.
  m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  if (m) return `${m[1]}-${m[2]}`;
  // "/va/en/022021/Politics/…": a month and year run together in one segment of the path (a year first is not this).
  m = /\/(0[1-9]|1[0-2])((?:19|20)\d{2})\//.exec(path);
  if (m) return `${m[2]}-${m[1]}`;
  return undefined;
}

/**
 * The year a report was written in, as its figures show it: a total "since the beginning of
 * 2024" or for "January–April 2019" is the year under way; the results "of 2017" ("по итогам
 * 2017 года") are told the year after. Undefined when the text says neither.
 */
export function yearOfWriting(text: string, today: string): number | undefined {
  const years: number[] = [];
  const EN_SPAN = /\b(?:January|February|March|April|May|June|July|August|September|October|November)\s*(?:[–—-]|through|to|till|until)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?((?:19|20)\d{2})\b|\b(?:since the (?:beginning|start) of|first (?:\w+ )?(?:months|quarter|half) of)\s+((?:19|20)\d{2})\b/gi;
  const RU_SPAN = new RegExp(`${RU_MONTH_PATTERN}\\s*[–—-]\\s*${RU_MONTH_PATTERN}\\s+((?:19|20)\\d{2})|с\\s+начала\\s+((?:19|20)\\d{2})\\s+года|(?:перв\\p{L}*|за)\\s+(?:\\p{L}+|\\d{1,2})\\s+месяц\\p{L}*\\s+((?:19|20)\\d{2})`, 'giu');
  for (const m of text.matchAll(EN_SPAN)) years.push(Number(m[1] ?? m[2]));
  for (const m of text.matchAll(RU_SPAN)) years.push(Number(m[3] ?? m[4] ?? m[5]));
  // A full date the text gives an event ("on November 6, 2023", "6 November 2023"), or a span of days with its year
  // ("December 3-4, 2024", "May 6 to 9, 2024", "3–4 December 2024"): the report was written that year or later, so a
  // day and month told without a year ("on December 22") are read in that year rather than today's.
  const DAYS = '\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:[–—-]|and|to)\\s*\\d{1,2}(?:st|nd|rd|th)?)?';
  for (const m of text.matchAll(new RegExp(`\\b(?:${DAYS}\\s+(?:of\\s+)?${EN_MONTH}|${EN_MONTH}\\s+${DAYS}),?\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, 'gi'))) years.push(Number(m[3]));
  // (And in Russian: "22 ноября 2025 года", "3–4 декабря 2024 г.".)
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])\\d{1,2}(?:\\s*[–—-]\\s*\\d{1,2})?\\s+${RU_MONTH_PATTERN}\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu'))) years.push(Number(m[2]));
  // (And then a year the text tells something of: "In 2023, trade turnover increased" beside a declaration of 2022.)
  if (years.length) for (const m of text.matchAll(/\b[Ii]n\s+((?:19|20)\d{2})\b(?!\s*[–—-])/g)) years.push(Number(m[1]));
  // (Unless the year's results are still awaited: "могут выйти на рекорд по итогам 2021 года" is written in 2021.)
  for (const m of text.matchAll(/по\s+итогам\s+((?:19|20)\d{2})\s+года|\b(?:results of|for the whole of|in the whole of)\s+((?:19|20)\d{2})\b/giu)) {
    // (The modal may come after the year, as Russian puts it: "по итогам 2022 года может превысить".)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const clause = `${text.slice(Math.max(0, text.lastIndexOf('.', m.index) + 1, m.index - 120), m.index)} ${after.slice(0, after.search(/[.;]|$/))}`;
    years.push(Number(m[1] ?? m[2]) + (/(?<![\p{L}])(?:мо(?:жет|гут)|ожида\p{L}*|прогноз\p{L}*|may|could|expected|forecast)(?![\p{L}])/iu.test(clause) ? 0 : 1));
  }
  // "на 8,5% выше по сравнению с аналогичным периодом 2023-го", "compared to the same period of 2018": the year after it.
  for (const m of text.matchAll(/аналогичн\p{L}*\s+период\p{L}*\s+((?:19|20)\d{2})(?:-го|\s+года|\s+г\.)|\bsame\s+period\s+(?:of|in|last\s+year,?)?\s*((?:19|20)\d{2})\b/giu)) years.push(Number(m[1] ?? m[2]) + 1);
  const limit = Number(today.slice(0, 4));
  const found = years.filter((y) => y > 1944 && y <= limit);
  if (!found.length) return undefined;
  const year = Math.max(...found);
  // A total for the first N months of that year is known only once they are over: a day the text tells without a year in
  // one of those months ("2 февраля" beside "за 11 месяцев 2017 года") is of the year after, and so is the report.
  const last = monthsCounted(text, year);
  const told = last ? undatedMonths(text) : [];
  return last && told.length && told.every((month) => month <= last) && year + 1 <= limit ? year + 1 : year;
}

const EN_MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };
const RU_COUNT_STEMS: [RegExp, number][] = [[/^дв/, 2], [/^тр/, 3], [/^четыр/, 4], [/^пят/, 5], [/^шест/, 6], [/^сем/, 7], [/^восьм/, 8], [/^девят/, 9], [/^десят/, 10], [/^одиннадцат/, 11]];

/** The last month of the longest run from January of `year` that the text counts a total for ("за 11 месяцев 2017 года", "January–September 2022"). */
function monthsCounted(text: string, year: number): number | undefined {
  const ends: number[] = [];
  const y = String(year);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:перв\\p{L}*\\s+|за\\s+)(\\p{L}+|\\d{1,2})\\s+месяц\\p{L}*\\s+${y}`, 'giu'))) {
    const word = m[1]!.toLowerCase();
    const count = Number(word) || RU_COUNT_STEMS.find(([stem]) => stem.test(word))?.[1];
    if (count) ends.push(count);
  }
  for (const m of text.matchAll(new RegExp(`январ\\p{L}*\\s*[–—-]\\s*${RU_MONTH_PATTERN}\\s+${y}`, 'giu'))) ends.push(ruMonthNumber(m[1]!));
  for (const m of text.matchAll(new RegExp(`\\bfirst\\s+(\\w+)\\s+months\\s+of\\s+${y}\\b`, 'gi'))) {
    const count = EN_COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
    if (count) ends.push(count);
  }
  for (const m of text.matchAll(new RegExp(`\\bJanuary\\s*(?:[–—-]|through|to)\\s*(${EN_MONTH_NAMES.join('|')})\\s+(?:of\\s+)?${y}\\b`, 'gi'))) ends.push(EN_MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1);
  const valid = ends.filter((n) => n >= 1 && n <= 11);
  return valid.length ? Math.max(...valid) : undefined;
}

/** The months of the days a text gives without a year ("2 февраля", "on February 2"). */
function undatedMonths(text: string): number[] {
  const months: number[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])\\d{1,2}\\s+${RU_MONTH_PATTERN}(?!\\s*[–—-]|\\s+(?:19|20)\\d{2})`, 'giu'))) months.push(ruMonthNumber(m[1]!));
  for (const m of text.matchAll(new RegExp(`\\b(?:\\d{1,2}\\s+(${EN_MONTH_NAMES.join('|')})|(${EN_MONTH_NAMES.join('|')})\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b(?!,?\\s+(?:of\\s+)?(?:19|20)\\d{2})`, 'gi'))) {
    months.push(EN_MONTH_NAMES.indexOf((m[1] ?? m[2])!.toLowerCase()) + 1);
  }
  return months;
}

/** The report's date as the text and its address give it, or today's. */
export function findPublished(text: string, options: { url?: string; today: string; metadata?: string }): FoundDate {
  if (options.metadata) return { date: options.metadata, from: 'page metadata' };
  const line = dateLine(text);
  if (line) return { date: line, from: 'date line' };
  const datelined = dateline(text, options.today);
  // (An address's date after today is no publication date: an item number that only looks like one.)
  const address = [addressDate(options.url)].find((date) => date !== undefined && date <= options.today);
  // A dateline without its year ("ASTANA, 5 March") guesses one; a dated address knows it (and gives the day when it has only the month).
  if (datelined && address && datelined.yearGuessed && address.length === 7 && datelined.date.slice(5, 7) === address.slice(5, 7)) {
    return { date: `${address}${datelined.date.slice(7)}`, from: 'dateline' };
  }
  // A dateline or a page without a year: the year its figures speak from, rather than today's.
  const written = address ? undefined : yearOfWriting(text, options.today);
  if (datelined && !(address && datelined.yearGuessed)) {
    const dated = written && datelined.yearGuessed ? valid(written, Number(datelined.date.slice(5, 7)), Number(datelined.date.slice(8, 10))) : undefined;
    return { date: dated ?? datelined.date, from: 'dateline' };
  }
  if (address) return { date: address, from: 'address' };
  if (written) return { date: String(written), from: 'text' };
  return { date: options.today, from: 'today' };
}
