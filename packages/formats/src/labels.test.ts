import { describe, expect, it } from 'vitest';
import { disputeValueLabel, disputeValueLabels, holderSinceLabel, indicatorValueLabel, lastRoundLabel, moneyLabel, moneyLabelsApart, seriesRoundLabel, seriesRoundParts, seriesSubject } from './labels.js';

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
    expect(moneyLabel({ amount: '999600000', currency: 'USD' })).toBe('US$1 billion');
    expect(moneyLabel({ amount: '2500000000', currency: 'USD' })).toBe('US$2.5 billion');
    expect(moneyLabel({ amount: '130000000', currency: 'USD' })).toBe('US$130 million');
    expect(moneyLabel({ amount: '-15153000', currency: 'EUR' })).toBe('-€15.2 million');
  });

  it('is never finer than the source stated, and leaves smaller sums exact', () => {
    expect(moneyLabel({ amount: '95000000', currency: 'USD', precision: '1000000' })).toBe('US$95 million');
    expect(moneyLabel({ amount: '1250000000', currency: 'EUR', precision: '10000000' })).toBe('€1.25 billion');
    expect(moneyLabel({ amount: '1234.56', currency: 'USD' })).toBe('US$1,234.56');
    expect(moneyLabel({ amount: '250000', currency: 'USD' })).toBe('US$250,000');
  });
});

describe('moneyLabelsApart', () => {
  it('keeps the short forms while they tell the sums apart', () => {
    expect(moneyLabelsApart([{ amount: '92912345', currency: 'USD' }, { amount: '101234567', currency: 'USD' }])).toEqual(['US$92.9 million', 'US$101 million']);
    expect(moneyLabelsApart([{ amount: '92900000', currency: 'USD' }, { amount: '92900000', currency: 'USD' }])).toEqual(['US$92.9 million', 'US$92.9 million']);
  });

  it('writes every sum exactly (as formatMoney does) when two different ones would read the same', () => {
    expect(moneyLabelsApart([{ amount: '92912345', currency: 'USD' }, { amount: '92900000', currency: 'USD' }, { amount: '101234567', currency: 'USD' }])).toEqual([
      'US$92,912,345',
      'US$92.9 million',
      'US$101,234,567',
    ]);
  });

  it('does the same for the two claims of a dispute, leaving values that are not sums as they are', () => {
    expect(disputeValueLabels(['223600000 USD', '224100000 USD'])).toEqual(['US$223.6 million', 'US$224.1 million']);
    expect(disputeValueLabels(['223600000 USD', '240100000 USD'])).toEqual(['US$224 million', 'US$240 million']);
    expect(disputeValueLabels(['2024-05', undefined])).toEqual(['2024-05', '']);
  });
});

describe('holderSinceLabel', () => {
  it('never says an open-ended term is held now: latest known holder since its start', () => {
    expect(holderSinceLabel({ start: '2023-04-11', attestations: [] })).toBe('latest known holder, since 11 April 2023 (no end recorded)');
    expect(holderSinceLabel({ start: '2023-04-11', end: '2027-01-01', attestations: [] })).toBe('in post from 11 April 2023 until 1 January 2027');
    expect(holderSinceLabel({ attestations: [{ sourceId: 's1', on: '2024-05', event: 'appointed' }, { sourceId: 's2', on: '2025-02-03' }] } as never)).toBe(
      'latest known holder, last recorded in post 3 February 2025 (no end recorded)',
    );
  });
});

describe('disputeValueLabel', () => {
  it('words a disputed figure as moneyLabel does and leaves other values as they are', () => {
    expect(disputeValueLabel('223600000 USD')).toBe('US$224 million');
    expect(disputeValueLabel('240100000 USD')).toBe('US$240 million');
    expect(disputeValueLabel('Minister of Foreign Affairs')).toBe('Minister of Foreign Affairs');
  });
});

describe('seriesRoundLabel', () => {
  const commission = { name: 'Sessions of the Kazakh–Lithuanian Intergovernmental Commission', unit: 'meeting' };
  const consultations = { name: 'Kazakhstan–Lithuania political consultations', unit: 'round' };

  it('names a round by the series’ unit and what its rounds are of, never “of Sessions of”', () => {
    expect(seriesRoundLabel(commission, 14)).toBe('14th meeting of the Kazakh–Lithuanian Intergovernmental Commission');
    expect(seriesRoundLabel({ name: 'Rounds of consultations between the foreign ministries', unit: 'round' }, 3)).toBe('3rd round of consultations between the foreign ministries');
    expect(seriesRoundLabel({ name: 'meetings of the Joint Committee', unit: 'session' }, 2)).toBe('2nd session of the Joint Committee');
    expect(seriesRoundLabel(consultations, 10)).toBe('10th round of Kazakhstan–Lithuania political consultations');
  });

  it('says “a” or “an” for a round without a number, and keeps the parts apart for a link', () => {
    expect(seriesRoundLabel(consultations, null)).toBe('A round of Kazakhstan–Lithuania political consultations');
    expect(seriesRoundLabel({ name: 'Sessions of the Assembly', unit: 'annual session' })).toBe('An annual session of the Assembly');
    expect(seriesRoundParts(commission, 14)).toEqual({ lead: '14th meeting of ', subject: 'the Kazakh–Lithuanian Intergovernmental Commission' });
  });

  it('leaves a name that only starts like a plural as it is', () => {
    expect(seriesSubject('Heads of State meetings')).toBe('Heads of State meetings');
    expect(seriesSubject('Sessions of')).toBe('Sessions of');
  });

  it('words the latest round with its date', () => {
    expect(lastRoundLabel(commission, { ordinal: 14, date: { start: '2024-02-29', qualifier: 'stated' } as never })).toBe('14th meeting, 29 February 2024');
    expect(lastRoundLabel(consultations, { ordinal: null, date: null })).toBe('latest round, date unknown');
  });
});
