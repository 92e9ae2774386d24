import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  agreesWithinPrecision,
  amountAsNumber,
  compareMoney,
  CurrencyMismatchError,
  decimalSchema,
  formatMoney,
  isCurrencyCode,
  moneyFromFigure,
  moneySchema,
  subtractMoney,
  sumMoney,
  type Money,
} from './money.js';

const numRuns = Number(process.env.FAST_CHECK_RUNS ?? 200);

const usd = (amount: string, precision?: string): Money => (precision ? { amount, currency: 'USD', precision } : { amount, currency: 'USD' });

/** Cents as a canonical decimal string of dollars, computed with BigInt only. */
function centsToDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const fraction = String(abs % 100n).padStart(2, '0').replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : String(whole);
  return negative && text !== '0' ? `-${text}` : text;
}

const centsArb = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });

describe('exact sums', () => {
  it('adds 0.1 ten thousand times to exactly 1000', () => {
    const tenth = usd('0.1');
    expect(sumMoney(Array.from({ length: 10_000 }, () => tenth))).toEqual(usd('1000'));
    let running = usd('0');
    for (let i = 0; i < 10_000; i++) running = addMoney(running, tenth);
    expect(running).toEqual(usd('1000'));
  });

  it('equals the BigInt sum of integer cents, in any order and grouping (property)', () => {
    fc.assert(
      fc.property(fc.array(centsArb, { minLength: 1, maxLength: 40 }), fc.nat(), (cents, cut) => {
        const values = cents.map((c) => usd(centsToDecimal(c)));
        const expected = centsToDecimal(cents.reduce((a, b) => a + b, 0n));
        const total = sumMoney(values);
        expect(total).toEqual(usd(expected));
        // Commutative: reversed gives the same.
        expect(sumMoney([...values].reverse())).toEqual(total);
        // Associative: summing two parts then the partial sums gives the same.
        const at = 1 + (cut % values.length);
        if (at < values.length) {
          expect(sumMoney([sumMoney(values.slice(0, at)), sumMoney(values.slice(at))])).toEqual(total);
        }
        // The result is itself valid money (canonical decimal, no "-0").
        expect(moneySchema.safeParse(total).success).toBe(true);
      }),
      { numRuns },
    );
  });

  it('adds two amounts commutatively and associatively (property)', () => {
    fc.assert(
      fc.property(centsArb, centsArb, centsArb, (a, b, c) => {
        const [x, y, z] = [a, b, c].map((cents) => usd(centsToDecimal(cents))) as [Money, Money, Money];
        expect(addMoney(x, y)).toEqual(addMoney(y, x));
        expect(addMoney(addMoney(x, y), z)).toEqual(addMoney(x, addMoney(y, z)));
        expect(subtractMoney(addMoney(x, y), y)).toEqual(x);
      }),
      { numRuns },
    );
  });

  it('subtracts and compares whole amounts as BigInt does, on either side of 15 digits (property)', () => {
    // Whole amounts of up to 15 digits take a fast path (JavaScript numbers); longer ones go through big.js.
    const whole = fc.oneof(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }));
    const unit = fc.option(fc.constantFrom('1', '1000', '100000', '999999999999999', '1000000000000000', '0.5'), { nil: undefined });
    fc.assert(
      fc.property(whole, whole, unit, unit, (a, b, p, q) => {
        const [x, y] = [usd(String(a), p), usd(String(b), q)];
        const difference = subtractMoney(x, y);
        expect(difference.amount).toBe(String(a - b));
        // The rounding units add up; counted in tenths so that 0.5 is whole.
        const precisions = [p, q].filter((value) => value !== undefined);
        const tenths = precisions.reduce((sum, value) => sum + (value === '0.5' ? 5n : BigInt(value) * 10n), 0n);
        const expectedPrecision = precisions.length === 0 ? undefined : tenths % 10n === 0n ? String(tenths / 10n) : `${tenths / 10n}.5`;
        expect(difference.precision).toBe(expectedPrecision);
        expect(compareMoney(x, y)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(moneySchema.safeParse(difference).success).toBe(true);
      }),
      { numRuns },
    );
  });

  it('reads an amount as Number() does, whatever the text (property)', () => {
    // Up to 15 digits are read digit by digit, the rest by Number(): the same number either way.
    const text = fc.oneof(
      fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }).map(String),
      fc.stringMatching(/^-?[0-9]{0,16}(\.[0-9]{0,3})?$/),
      fc.constantFrom('-0', '007', '-', '', '1e3', ' 12', '12a', '１２', 'Infinity'),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(Object.is(amountAsNumber(value), Number(value))).toBe(true);
      }),
      { numRuns },
    );
  });

  it('adds up the rounding of its parts; exact parts add none', () => {
    const sum = sumMoney([moneyFromFigure('223.6', 'million', 'USD'), moneyFromFigure('95', 'million', 'USD'), usd('5')]);
    expect(sum).toEqual({ amount: '318600005', currency: 'USD', precision: '1100000' });
    expect(sumMoney([usd('1'), usd('2')])).not.toHaveProperty('precision');
  });

  it('refuses to sum amounts in different currencies', () => {
    const eur: Money = { amount: '1', currency: 'EUR' };
    expect(() => sumMoney([usd('1'), eur])).toThrow(CurrencyMismatchError);
    expect(() => addMoney(usd('1'), eur)).toThrow(CurrencyMismatchError);
    expect(() => subtractMoney(usd('1'), eur)).toThrow(CurrencyMismatchError);
    expect(() => compareMoney(usd('1'), eur)).toThrow(CurrencyMismatchError);
    expect(() => agreesWithinPrecision(usd('1'), eur)).toThrow(CurrencyMismatchError);
    try {
      sumMoney([usd('1'), usd('2'), eur]);
    } catch (error) {
      expect((error as CurrencyMismatchError).currencies).toEqual(['USD', 'EUR']);
    }
    expect.assertions(6);
  });

  it('refuses to sum nothing', () => {
    expect(() => sumMoney([])).toThrow(RangeError);
  });

  it('compares amounts as numbers, not as text', () => {
    expect(compareMoney(usd('9'), usd('10'))).toBeLessThan(0);
    expect(compareMoney(usd('-1'), usd('0.5'))).toBeLessThan(0);
    expect(compareMoney(usd('2.5'), usd('2.5'))).toBe(0);
  });
});

describe('agreement within the stated rounding', () => {
  const exports = moneyFromFigure('92.9', 'million', 'USD');
  const imports = moneyFromFigure('130.7', 'million', 'USD');

  it('accepts 92.9 M + 130.7 M as 223.6 M', () => {
    const sum = sumMoney([exports, imports]);
    expect(sum).toEqual({ amount: '223600000', currency: 'USD', precision: '200000' });
    expect(agreesWithinPrecision(moneyFromFigure('223.6', 'million', 'USD'), sum)).toBe(true);
  });

  it('refuses 223.8 M for the same parts', () => {
    expect(agreesWithinPrecision(moneyFromFigure('223.8', 'million', 'USD'), sumMoney([exports, imports]))).toBe(false);
  });

  it('allows half a rounding unit of every figure involved and no more', () => {
    // Each of 92.9, 130.7 and the turnover may be off by 0.05 M: together 0.15 M.
    const sum = sumMoney([exports, imports]);
    expect(agreesWithinPrecision(usd('223750000', '100000'), sum)).toBe(true);
    expect(agreesWithinPrecision(usd('223750001', '100000'), sum)).toBe(false);
    expect(agreesWithinPrecision(usd('223450000', '100000'), sum)).toBe(true);
    expect(agreesWithinPrecision(usd('223449999', '100000'), sum)).toBe(false);
  });

  it('demands equality when neither amount states a precision, unless given a tolerance', () => {
    expect(agreesWithinPrecision(usd('100'), usd('100'))).toBe(true);
    expect(agreesWithinPrecision(usd('100'), usd('100.01'))).toBe(false);
    expect(agreesWithinPrecision(usd('100'), usd('100.01'), '0.01')).toBe(true);
  });
});

describe('moneyFromFigure', () => {
  it('turns "223.6" million US dollars into exact units with the stated precision', () => {
    expect(moneyFromFigure('223.6', 'million', 'USD')).toEqual({ amount: '223600000', currency: 'USD', precision: '100000' });
  });

  it('takes the precision from the decimals written, trailing zeros included', () => {
    expect(moneyFromFigure('95', 'million', 'USD')).toEqual({ amount: '95000000', currency: 'USD', precision: '1000000' });
    expect(moneyFromFigure('1.25', 'billion', 'EUR')).toEqual({ amount: '1250000000', currency: 'EUR', precision: '10000000' });
    expect(moneyFromFigure('12.50', 'thousand', 'EUR')).toEqual({ amount: '12500', currency: 'EUR', precision: '10' });
    expect(moneyFromFigure('0.125', 'unit', 'USD')).toEqual({ amount: '0.125', currency: 'USD', precision: '0.001' });
  });

  it('gives money the schema accepts', () => {
    expect(moneySchema.parse(moneyFromFigure('12.50', 'thousand', 'EUR'))).toEqual(moneyFromFigure('12.50', 'thousand', 'EUR'));
  });

  it('refuses what is not a figure or a currency', () => {
    expect(() => moneyFromFigure('abc', 'million', 'USD')).toThrow(RangeError);
    expect(() => moneyFromFigure('1e6', 'unit', 'USD')).toThrow(RangeError);
    expect(() => moneyFromFigure('1,5', 'million', 'USD')).toThrow(RangeError);
    expect(() => moneyFromFigure('95', 'million', 'XYZ')).toThrow(RangeError);
    expect(() => moneyFromFigure('95', 'million', 'usd')).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('shows a figure at the precision the source stated', () => {
    expect(formatMoney(moneyFromFigure('223.6', 'million', 'USD'))).toBe('US$223.6 million');
    expect(formatMoney({ amount: '95000000', currency: 'USD', precision: '1000000' })).toBe('US$95 million');
    expect(formatMoney(moneyFromFigure('1.25', 'billion', 'EUR'))).toBe('€1.25 billion');
  });

  it('never shows a figure more finely than it was known', () => {
    expect(formatMoney({ amount: '223600000', currency: 'USD', precision: '1000000' })).toBe('US$224 million');
    expect(formatMoney({ amount: '92900000', currency: 'USD', precision: '100000' })).toBe('US$92.9 million');
  });

  it('writes small amounts in full, with minor units only when needed', () => {
    expect(formatMoney(usd('1234.56'))).toBe('US$1,234.56');
    expect(formatMoney(usd('1000'))).toBe('US$1,000');
    expect(formatMoney({ amount: '1234.5', currency: 'EUR' })).toBe('€1,234.50');
  });

  it('keeps the sign of a negative amount', () => {
    expect(formatMoney({ amount: '-5000000', currency: 'USD', precision: '1000000' })).toBe('-US$5 million');
  });
});

describe('schema', () => {
  it.each(['223600000', '0', '12.5', '-130.7', '0.001'])('accepts the amount %s', (amount) => {
    expect(moneySchema.safeParse({ amount, currency: 'USD' }).success).toBe(true);
  });

  it.each(['1e6', '01', '12.50', 'abc', '', '1.', '.5', '+5', '1 000', '1,5', '-0', '-0.0'])('refuses the amount "%s"', (amount) => {
    expect(moneySchema.safeParse({ amount, currency: 'USD' }).success).toBe(false);
    expect(decimalSchema.safeParse(amount).success).toBe(false);
  });

  it('refuses an amount given as a number', () => {
    expect(moneySchema.safeParse({ amount: 223600000, currency: 'USD' }).success).toBe(false);
  });

  it('takes ISO 4217 currencies only, upper case', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('KZT')).toBe(true);
    expect(isCurrencyCode('EUR')).toBe(true);
    for (const code of ['XYZ', 'usd', 'US', 'USDD', '']) {
      expect(isCurrencyCode(code)).toBe(false);
      expect(moneySchema.safeParse({ amount: '1', currency: code }).success).toBe(false);
    }
  });

  it('takes a positive precision only', () => {
    expect(moneySchema.safeParse(usd('1', '100000')).success).toBe(true);
    expect(moneySchema.safeParse(usd('1', '0.01')).success).toBe(true);
    for (const precision of ['0', '-100', '1e5', '100000.0']) {
      expect(moneySchema.safeParse(usd('1', precision)).success).toBe(false);
    }
  });

  it('refuses fields it does not know', () => {
    expect(moneySchema.safeParse({ amount: '1', currency: 'USD', scale: 'million' }).success).toBe(false);
  });
});
