import { describe, expect, it } from 'vitest';
import { indicatorValueLabel } from './labels.js';

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
