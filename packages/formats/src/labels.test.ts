import { describe, expect, it } from 'vitest';
import { indicatorValueLabel, moneyLabel } from './labels.js';

describe('indicatorValueLabel', () => {
  it('reads a rank as an ordinal', () => {
    expect(indicatorValueLabel({ value: '15', unit: 'rank' })).toBe('15th');
    expect(indicatorValueLabel({ value: '2', unit: 'Rank' })).toBe('2nd');
  });

  it('keeps any other unit, and a rank that is not a whole number, as given', () => {
    expect(indicatorValueLabel({ value: '190', unit: 'companies' })).toBe('190 companies');
    expect(indicatorValueLabel({ value: '12.5', unit: 'rank' })).toBe('12.5 rank');
  });
});

describe('moneyLabel', () => {
  it('shows a million or more to three significant digits', () => {
    expect(moneyLabel({ amount: '4781064000', currency: 'USD', precision: '1000' })).toBe('US$4.78 billion');
    expect(moneyLabel({ amount: '15153000', currency: 'USD', precision: '1000' })).toBe('US$15.2 million');
    expect(moneyLabel({ amount: '4781064000', currency: 'USD' })).toBe('US$4.78 billion');
    expect(moneyLabel({ amount: '223600000', currency: 'USD', precision: '100000' })).toBe('US$224 million');
    expect(moneyLabel({ amount: '999600000', currency: 'USD' })).toBe('US$1.00 billion');
    expect(moneyLabel({ amount: '-15153000', currency: 'EUR' })).toBe('-€15.2 million');
  });

  it('is never finer than the source stated, and leaves smaller sums exact', () => {
    expect(moneyLabel({ amount: '95000000', currency: 'USD', precision: '1000000' })).toBe('US$95 million');
    expect(moneyLabel({ amount: '1250000000', currency: 'EUR', precision: '10000000' })).toBe('€1.25 billion');
    expect(moneyLabel({ amount: '1234.56', currency: 'USD' })).toBe('US$1,234.56');
    expect(moneyLabel({ amount: '250000', currency: 'USD' })).toBe('US$250,000');
  });
});
