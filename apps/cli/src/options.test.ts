import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { filterRequest, isDate, pageRequest, parseDate, parsePairArgs } from './options.js';

describe('input checks', () => {
  it('dates keep the domain rule: real days, months and years only', () => {
    for (const good of ['2024', '2024-05', '2024-02-29', '0001']) expect(isDate(good), good).toBe(true);
    for (const bad of ['2024-13', '2023-02-29', '2024-5', '24', '2024-00', '2024-06-31', 'May 2024', '0000']) expect(isDate(bad), bad).toBe(false);
    expect(() => parseDate('--from', '2024-13')).toThrow(/--from "2024-13" is not a date/);
  });

  it('pairs in any spelling become KZ-LT', () => {
    for (const spelling of [['KZ', 'LT'], ['KZ-LT'], ['lt-kz'], ['LT/KZ'], ['kz lt']]) expect(parsePairArgs(spelling)).toBe('KZ-LT');
    expect(() => parsePairArgs(['KZ'])).toThrow(UsageError);
    expect(() => parsePairArgs(['KZ', 'KZ'])).toThrow(/twice/);
  });

  it('paging and filters', () => {
    expect(pageRequest({})).toEqual({ limit: 50, cursor: undefined, all: false });
    expect(pageRequest({ all: true })).toEqual({ limit: 500, cursor: undefined, all: true });
    expect(() => pageRequest({ all: true, cursor: 'x' })).toThrow(/not both/);
    expect(() => pageRequest({ limit: '501' })).toThrow(/1 to 500/);
    expect(filterRequest({ country: 'kz', partner: 'lt' })).toMatchObject({ country: 'KZ', partner: 'LT' });
    expect(() => filterRequest({ from: '2025', to: '2024' })).toThrow(/after --to/);
    expect(filterRequest({ from: '2024-05-14', to: '2024-05' })).toMatchObject({ from: '2024-05-14', to: '2024-05' });
  });
});
