import { moneyFromFigure, type Money, type Scale } from '@bilat/domain';

/** An amount of money as written: "223.6 million US dollars", "1,5 billion euros", "$95 mln". */
export interface MoneyMention {
  start: number;
  end: number;
  value: Money;
  /** False when the currency was borrowed from a neighbouring amount ("exports of 12.3 million and imports of 69.4 million US dollars"). */
  currencyStated: boolean;
}

const CURRENCIES: [RegExp, string][] = [
  [/^(?:US\s*dollars?|U\.S\.\s*dollars?|USD|US\$|\$|dollars?)$/i, 'USD'],
  [/^(?:euros?|EUR|€)$/i, 'EUR'],
  [/^(?:yen|JPY|¥)$/i, 'JPY'],
  [/^(?:tenge|KZT)$/i, 'KZT'],
  [/^(?:roubles?|rubles?|RUB)$/i, 'RUB'],
  [/^(?:pounds?(?: sterling)?|GBP|£)$/i, 'GBP'],
  [/^(?:yuan|renminbi|CNY)$/i, 'CNY'],
  [/^(?:manats?|AZN)$/i, 'AZN'],
  [/^(?:lari|GEL)$/i, 'GEL'],
  [/^(?:som|KGS)$/i, 'KGS'],
  [/^(?:sums?|soums?|UZS)$/i, 'UZS'],
  [/^(?:forints?|HUF)$/i, 'HUF'],
  [/^(?:zlot(?:y|ys|ies)|PLN)$/i, 'PLN'],
  [/^(?:lei|leu|RON)$/i, 'RON'],
  [/^(?:Swiss francs?|CHF)$/i, 'CHF'],
  // Malaysia's ringgit ("RM38.73 billion", en-478), South Africa's rand ("R 57.97 billion", en-608), the Singapore and
  // Australian dollars by their signs.
  [/^(?:RM|ringgit|MYR)$/i, 'MYR'],
  [/^(?:R|rand|ZAR)$/, 'ZAR'],
  [/^(?:S\$|SGD)$/, 'SGD'],
  [/^(?:A\$|AUD)$/, 'AUD'],
  // Russian: "долларов США", "долл. США", "евро", "рублей", "тенге", "сумов", "юаней"
  [/^(?:доллар\p{L}*|долл\.?)(?:\s+США)?$/iu, 'USD'],
  [/^евро$/iu, 'EUR'],
  [/^рубл\p{L}*$/iu, 'RUB'],
  [/^тенге$/iu, 'KZT'],
  [/^сум\p{L}*$/iu, 'UZS'],
  [/^юан\p{L}*$/iu, 'CNY'],
  [/^манат\p{L}*$/iu, 'AZN'],
];

const CURRENCY_WORDS = 'US\\s*dollars?|U\\.S\\.\\s*dollars?|dollars?|USD|EUR|euros?|yen|JPY|tenge|KZT|roubles?|rubles?|RUB|pounds?(?: sterling)?|GBP|yuan|renminbi|CNY|manats?|AZN|lari|GEL|som|KGS|sums?|soums?|UZS|forints?|HUF|zlot(?:y|ys|ies)|PLN|lei|RON|Swiss francs?|CHF|ringgit|MYR|rand|ZAR|SGD|AUD';
const SCALES = 'thousand|million|mln|billion|bln|bn|trillion|tn|тыс(?:яч\\p{L}*)?\\.?|млн\\.?|миллион\\p{L}*|млрд\\.?|миллиард\\p{L}*|трлн\\.?|триллион\\p{L}*';
const RU_CURRENCY_WORDS = '(?:доллар\\p{L}*|долл\\.?)(?:\\s+США)?|евро|рубл\\p{L}*|тенге|сум(?:ов|а)?|юан\\p{L}*|манат\\p{L}*';
const NUMBER = '(\\d{1,3}(?:[,\\u00a0\\u202f\\u2009 ]\\d{3})+(?![,.]?\\d)|\\d+)(?:[.,](\\d+))?';

const MONEY = new RegExp(
  `(?:(?<![\\p{L}\\d])(US\\$|S\\$|A\\$|RM|R|\\$|€|£|¥|USD|EUR|GBP|JPY|MYR|ZAR|SGD|AUD)\\s?)?${NUMBER}(?:\\s*(${SCALES})(?![\\p{L}])\\.?)?(?:\\s+(?:of\\s+)?(${CURRENCY_WORDS}|${RU_CURRENCY_WORDS})(?![\\p{L}]))?`,
  'giu',
);

function currencyCode(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const trimmed = word.replace(/\s+/g, ' ').trim();
  return CURRENCIES.find(([pattern]) => pattern.test(trimmed))?.[1];
}

function scaleOf(word: string | undefined): Scale {
  const ru = word?.toLowerCase().replace(/\.$/, '');
  if (ru && /^тыс/.test(ru)) return 'thousand';
  if (ru && /^(?:млн|миллион)/.test(ru)) return 'million';
  if (ru && /^(?:млрд|миллиард)/.test(ru)) return 'billion';
  if (ru && /^(?:трлн|триллион)/.test(ru)) return 'trillion';
  switch (word?.toLowerCase()) {
    case 'thousand':
      return 'thousand';
    case 'million':
    case 'mln':
      return 'million';
    case 'billion':
    case 'bln':
    case 'bn':
      return 'billion';
    case 'trillion':
    case 'tn':
      return 'trillion';
    default:
      return 'unit';
  }
}

/**
 * Reads the digits of a figure. A comma followed by exactly three digits groups
 * thousands ("1,850"); any other comma is a decimal comma ("1,5 billion", "245,9 million").
 * `separator` 'decimal' says the comma is a decimal one whatever follows it (Russian text).
 */
export function parseFigure(whole: string, fraction: string | undefined, separator: string | undefined): string {
  const digits = whole.replace(/[,\u00a0\u202f\u2009 ]/g, '');
  if (fraction === undefined) return digits;
  if (separator === ',' && fraction.length === 3 && !/[,\u00a0\u202f\u2009 ]/.test(whole)) return digits + fraction;
  return `${digits}.${fraction}`.replace(/^0+(?=\d)/, '');
}

/** Every amount of money in `text`: a number with a currency, or with a scale and a currency nearby. */
export function findMoney(text: string, offset = 0): MoneyMention[] {
  const raw: { start: number; end: number; figure: string; scale: Scale; currency?: string }[] = [];
  for (const match of text.matchAll(MONEY)) {
    const [, prefix, whole, fraction, scale, suffix] = match;
    const currency = currencyCode(prefix) ?? currencyCode(suffix);
    if (!currency && !scale) continue;
    // (The rand's single letter only before a sum with its scale: "R 57.97 billion", not "Route 66" or "R 2021".)
    if (/^r$/i.test(prefix ?? '') && (!scale || prefix === 'r')) continue;
    // "2025–2027" or a date is not an amount; a bare number with a scale may borrow a currency.
    const separator = fraction === undefined ? undefined : match[0].charAt(match[0].indexOf(whole!) + whole!.length);
    // Russian groups thousands with spaces, so its comma is always a decimal one: "2,355 триллиона рублей".
    const russian = /\p{Script=Cyrillic}/u.test(`${scale ?? ''}${suffix ?? ''}`);
    // ("2,355" was read as one group of thousands: in Russian it is two and a fraction.)
    const [digits, decimals] = russian && fraction === undefined && /^\d{1,3},\d{3}$/.test(whole!) ? whole!.split(',') : [whole!, fraction];
    raw.push({ start: offset + match.index, end: offset + match.index + match[0].trimEnd().length, figure: parseFigure(digits!, decimals, russian && (separator === ',' || decimals !== fraction) ? 'decimal' : separator), scale: scaleOf(scale), currency });
  }
  // "$2 млрд. 842 млн.", "1 billion 200 million": a larger unit then a smaller one, side by side, are one amount.
  const SIZE: Record<Scale, number> = { unit: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
  for (let k = raw.length - 2; k >= 0; k--) {
    const [a, b] = [raw[k]!, raw[k + 1]!];
    const gap = text.slice(a.end - offset, b.start - offset);
    if (/^\s{1,2}$/.test(gap) && SIZE[a.scale] > SIZE[b.scale] && b.scale !== 'unit' && !(a.currency && b.currency && a.currency !== b.currency) && /^\d+$/.test(b.figure) && Number(b.figure) * SIZE[b.scale] < SIZE[a.scale]) {
      const total = Math.round(Number(a.figure) * SIZE[a.scale] + Number(b.figure) * SIZE[b.scale]);
      raw.splice(k, 2, { start: a.start, end: b.end, figure: String(total), scale: 'unit', currency: a.currency ?? b.currency });
    }
  }
  const mentions: MoneyMention[] = [];
  raw.forEach((item, index) => {
    // A scaled number without a currency takes the next amount's currency in the same stretch.
    const currency = item.currency ?? raw.slice(index + 1).find((next) => next.currency)?.currency ?? raw.slice(0, index).reverse().find((prev) => prev.currency)?.currency;
    if (!currency) return;
    try {
      mentions.push({ start: item.start, end: item.end, value: moneyFromFigure(item.figure, item.scale, currency), currencyStated: item.currency !== undefined });
    } catch {
      // Not an amount the domain can hold (e.g. a malformed figure): leave it out.
    }
  });
  return mentions;
}

