import Big from 'big.js';
import currencyCodes from 'currency-codes';
import { z } from 'zod';

/**
 * Money is exact: the amount is a decimal string in the currency's units, summed with
 * big.js so 10,000 additions drift by nothing. `precision` is the rounding unit the
 * source stated (223.6 million has a precision of 100000), kept so that a figure is
 * never shown, or compared, more finely than it was known.
 */
const DECIMAL = /^(?:0|-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9])$/;
const POSITIVE_DECIMAL = /^(?:0\.0*[1-9]\d*|[1-9]\d*(?:\.\d*[1-9])?)$/;

export const decimalSchema = z
  .string()
  .regex(DECIMAL, { message: 'Expected a decimal number as text, e.g. "223600000" or "12.5" (no trailing zeros)' });

export const positiveDecimalSchema = z
  .string()
  .regex(POSITIVE_DECIMAL, { message: 'Expected a positive decimal number as text, e.g. "100000"' });

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && currencyCodes.code(code) !== undefined;
}

export const currencyCodeSchema = z.string().refine(isCurrencyCode, { message: 'Not an ISO 4217 currency code' });

export const moneySchema = z.strictObject({
  amount: decimalSchema,
  currency: currencyCodeSchema,
  precision: positiveDecimalSchema.optional(),
});

export type Money = z.infer<typeof moneySchema>;

export class CurrencyMismatchError extends Error {
  constructor(readonly currencies: string[]) {
    super(`Cannot combine amounts in different currencies: ${currencies.join(', ')}`);
    this.name = 'CurrencyMismatchError';
  }
}

/** Writes a big.js number as a canonical decimal string (no exponent, no trailing zeros). */
export function decimalToString(value: Big): string {
  const text = value.toFixed();
  return text === '-0' ? '0' : text;
}

/*
 * Most amounts are whole numbers of a few digits (trade figures in units, their precision
 * a power of ten), and a dossier compares and subtracts hundreds of them: parsing each into
 * big.js was a fifth of building a pair's dossier at world scale. A decimal string of at
 * most 15 digits and no fraction is an integer below 2^53, so JavaScript numbers add,
 * subtract and compare two of them exactly, and String() writes the result as
 * decimalToString would (no exponent below 10^21, "0" for zero). Anything else goes
 * through big.js.
 */
/**
 * The amount as an exact number when it is a small integer (see above: an optional minus
 * and 1 to 15 digits), else undefined. Read digit by digit: testing a pattern and then
 * calling Number() read each amount twice, and was most of what subtracting two cost.
 * Every step is exact (below 10^15), so the number is the one Number() gives, -0 for "-0" too.
 */
function smallInteger(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const negative = text.charCodeAt(0) === 45; // '-'
  const start = negative ? 1 : 0;
  const digits = text.length - start;
  if (digits < 1 || digits > 15) return undefined;
  let value = 0;
  for (let index = start; index < text.length; index++) {
    const digit = text.charCodeAt(index) - 48; // '0'
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** An amount (or any decimal text) as Number() reads it, small integers the quicker way above. */
export function amountAsNumber(text: string): number {
  return smallInteger(text) ?? Number(text);
}

/**
 * The rounding unit of a sum or difference: each part may be off by half its own unit,
 * so the errors add up (an exact part, without a precision, adds nothing).
 */
function combinedPrecision(values: readonly Money[]): string | undefined {
  const units = values.map((value) => value.precision).filter((unit): unit is string => unit !== undefined);
  if (units.length === 0) return undefined;
  if (units.length <= 2) {
    const x = smallInteger(units[0]);
    const y = units.length === 2 ? smallInteger(units[1]) : 0;
    if (x !== undefined && y !== undefined) return String(x + y);
  }
  return decimalToString(units.reduce((total, unit) => total.plus(unit), new Big(0)));
}

function sameCurrency(values: readonly Money[]): string {
  // The common case without building a set: one currency throughout.
  const first = values[0]?.currency;
  if (values.every((value) => value.currency === first)) return first!;
  const currencies = [...new Set(values.map((value) => value.currency))];
  if (currencies.length > 1) throw new CurrencyMismatchError(currencies);
  return currencies[0]!;
}

/** Sums amounts in one currency, exactly; the result's precision adds up its parts' rounding. */
export function sumMoney(values: readonly Money[]): Money {
  if (values.length === 0) throw new RangeError('Cannot sum an empty list of amounts');
  const currency = sameCurrency(values);
  let total = new Big(0);
  for (const value of values) total = total.plus(value.amount);
  return withPrecision({ amount: decimalToString(total), currency }, combinedPrecision(values));
}

export function addMoney(a: Money, b: Money): Money {
  return sumMoney([a, b]);
}

export function subtractMoney(a: Money, b: Money): Money {
  // Two amounts, checked and combined without the lists sumMoney works on (a dossier subtracts one per mirrored flow).
  sameCurrencyOfTwo(a, b);
  const x = smallInteger(a.amount);
  const y = smallInteger(b.amount);
  const amount = x !== undefined && y !== undefined ? String(x - y) : decimalToString(new Big(a.amount).minus(b.amount));
  const precision = precisionOfTwo(a, b);
  // The same keys in the same order as withPrecision writes them.
  return precision ? { amount, currency: a.currency, precision } : { amount, currency: a.currency };
}

/** sameCurrency for two amounts. */
function sameCurrencyOfTwo(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError([a.currency, b.currency]);
}

/** combinedPrecision for two amounts: the small-integer case without a list, the rest as before. */
function precisionOfTwo(a: Money, b: Money): string | undefined {
  if (a.precision === undefined && b.precision === undefined) return undefined;
  const x = a.precision === undefined ? 0 : smallInteger(a.precision);
  const y = b.precision === undefined ? 0 : smallInteger(b.precision);
  return x !== undefined && y !== undefined ? String(x + y) : combinedPrecision([a, b]);
}

function withPrecision(money: Money, precision: string | undefined): Money {
  return precision ? { ...money, precision } : money;
}

export function compareMoney(a: Money, b: Money): number {
  sameCurrencyOfTwo(a, b);
  const x = smallInteger(a.amount);
  const y = smallInteger(b.amount);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  return new Big(a.amount).cmp(b.amount);
}

/**
 * True when two amounts may be the same figure given how each was rounded: they differ
 * by no more than half of each one's rounding unit together (92.9 + 130.7 against 223.6).
 */
export function agreesWithinPrecision(a: Money, b: Money, extraTolerance?: string): boolean {
  sameCurrency([a, b]);
  const half = (precision?: string) => (precision ? new Big(precision).div(2) : new Big(0));
  let tolerance = half(a.precision).plus(half(b.precision));
  if (extraTolerance) tolerance = tolerance.plus(extraTolerance);
  return new Big(a.amount).minus(b.amount).abs().lte(tolerance);
}

export const SCALES = {
  unit: '1',
  thousand: '1000',
  million: '1000000',
  billion: '1000000000',
  trillion: '1000000000000',
} as const;

export type Scale = keyof typeof SCALES;

/**
 * Builds money from a figure as a source writes it ("223.6" million US dollars): the
 * number of decimals given fixes the precision (one decimal of a million is 100000).
 */
export function moneyFromFigure(figure: string, scale: Scale, currency: string): Money {
  if (!DECIMAL.test(figure) && !/^-?\d+\.\d+$/.test(figure)) {
    throw new RangeError(`Not a decimal figure: "${figure}"`);
  }
  if (!isCurrencyCode(currency)) throw new RangeError(`Not an ISO 4217 currency code: "${currency}"`);
  const decimals = figure.includes('.') ? figure.split('.')[1]!.length : 0;
  const multiplier = new Big(SCALES[scale]);
  const amount = decimalToString(new Big(figure).times(multiplier));
  const precision = decimalToString(multiplier.div(new Big(10).pow(decimals)));
  return { amount, currency, precision };
}

const FORMAT_SCALES: [Scale, Big][] = (['trillion', 'billion', 'million'] as const).map((scale) => [
  scale,
  new Big(SCALES[scale]),
]);

/** Decimals needed to show `value` exactly, or undefined when it needs more than `limit`. */
function exactDecimals(value: Big, limit: number): number | undefined {
  const fraction = decimalToString(value).split('.')[1];
  const decimals = fraction ? fraction.length : 0;
  return decimals <= limit ? decimals : undefined;
}

/** Formatters by currency and decimals, built once each: a page of trade figures would otherwise build one per figure. */
const currencyFormatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, decimals: number): Intl.NumberFormat {
  const key = `${currency} ${decimals}`;
  let formatter = currencyFormatters.get(key);
  if (!formatter) {
    // en-GB writes US dollars as "US$", which is unambiguous next to other dollars.
    formatter = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    currencyFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "US$223.6 million", "US$95 million", "€1.25 billion", "US$1,234.56": shown at the
 * precision the source stated, never finer.
 */
export function formatMoney(money: Money): string {
  const amount = new Big(money.amount);
  const magnitude = amount.abs();
  for (const [scale, multiplier] of FORMAT_SCALES) {
    if (magnitude.lt(multiplier)) continue;
    const scaled = amount.div(multiplier);
    const decimals = money.precision
      ? Math.max(0, -new Big(money.precision).div(multiplier).e)
      : exactDecimals(scaled, 2);
    if (decimals === undefined) break;
    const shown = decimalToString(scaled.round(decimals, Big.roundHalfUp));
    return `${currencyFormatter(money.currency, decimals).format(shown as Intl.StringNumericLiteral)} ${scale}`;
  }
  const minorUnits = currencyCodes.code(money.currency)?.digits ?? 2;
  const decimals = exactDecimals(amount, minorUnits) === 0 ? 0 : minorUnits;
  return currencyFormatter(money.currency, decimals).format(money.amount as Intl.StringNumericLiteral);
}
