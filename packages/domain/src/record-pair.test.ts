import { describe, expect, it } from 'vitest';
import { validItems } from '../test/fixtures.js';
import { RECORD_KINDS } from './kinds.js';
import { recordPair } from './describe.js';
import type { KindedRecord } from './records/index.js';

describe('recordPair', () => {
  const items = validItems();
  const first = <K extends KindedRecord['kind']>(kind: K) => items.find((item) => item.kind === kind) as Extract<KindedRecord, { kind: K }>;

  it('answers for every kind in the fixtures: a pair written in order, or null', () => {
    const seen = new Set(items.map((item) => item.kind));
    expect([...seen].length).toBeGreaterThan(RECORD_KINDS.length / 2);
    for (const item of items) {
      const pair = recordPair(item);
      if (pair !== null) expect(pair, `${item.kind}:${item.record.id}`).toMatch(/^[A-Z]+-[A-Z]+$/);
    }
  });

  it('orders the two sides of a visit, an investment and a trade flow whichever way they point', () => {
    const visit = first('visit');
    expect(recordPair({ kind: 'visit', record: { ...visit.record, from: 'LT', to: 'KZ' } })).toBe('KZ-LT');
    expect(recordPair({ kind: 'visit', record: { ...visit.record, from: 'KZ', to: 'LT' } })).toBe('KZ-LT');
    const trade = first('trade');
    expect(recordPair({ kind: 'trade', record: { ...trade.record, reporter: 'LT', partner: 'KZ' } })).toBe('KZ-LT');
  });

  it('has no pair for trade with the world, a multilateral agreement or a one-country indicator', () => {
    const trade = first('trade');
    expect(recordPair({ kind: 'trade', record: { ...trade.record, partner: 'WORLD' } })).toBeNull();
    const agreement = first('agreement');
    expect(recordPair({ kind: 'agreement', record: { ...agreement.record, parties: ['KZ', 'LT', 'UZ'] } })).toBeNull();
    const indicator = first('indicator');
    expect(recordPair({ kind: 'indicator', record: { ...indicator.record, partner: undefined } })).toBeNull();
    expect(recordPair(first('person'))).toBeNull();
  });
});
