import { describe, expect, it } from 'vitest';
import { findMoney } from '../src/index.js';

const amounts = (text: string) => findMoney(text).map((m) => ({ ...m.value, words: text.slice(m.start, m.end) }));

describe('amounts of money as press releases write them', () => {
  it('reads decimal commas and decimal points, keeping the stated precision', () => {
    expect(amounts('reached 1,5 billion euros')).toEqual([{ amount: '1500000000', currency: 'EUR', precision: '100000000', words: '1,5 billion euros' }]);
    expect(amounts('up to 245,9 million euros')).toEqual([{ amount: '245900000', currency: 'EUR', precision: '100000', words: '245,9 million euros' }]);
    expect(amounts('223.6 million US dollars')).toEqual([{ amount: '223600000', currency: 'USD', precision: '100000', words: '223.6 million US dollars' }]);
    expect(amounts('0,38 billion euros')[0]).toMatchObject({ amount: '380000000', precision: '10000000' });
  });

  it('takes a comma before three digits as a thousands separator', () => {
    expect(amounts('USD 1,500 million')[0]).toMatchObject({ amount: '1500000000', currency: 'USD' });
    expect(amounts('1,850 enterprises')).toEqual([]);
  });

  it('takes a Russian comma as a decimal one, before three digits too', () => {
    expect(amounts('до 2,355 триллиона рублей')[0]).toMatchObject({ amount: '2355000000000', currency: 'RUB' });
    expect(amounts('составил 1,845 трлн рублей')[0]).toMatchObject({ amount: '1845000000000', currency: 'RUB' });
    expect(amounts('на 1,2 млрд долларов США')[0]).toMatchObject({ amount: '1200000000', currency: 'USD' });
    expect(amounts('товарооборот составил 1 845 млн долларов')[0]).toMatchObject({ amount: '1845000000', currency: 'USD' });
  });

  it('borrows the currency of a neighbouring amount', () => {
    const found = findMoney('exports of 12.3 million and imports of 69.4 million US dollars');
    expect(found.map((m) => [m.value.amount, m.value.currency, m.currencyStated])).toEqual([['12300000', 'USD', false], ['69400000', 'USD', true]]);
  });

  it('reads symbols and codes before the number', () => {
    expect(amounts('$95 mln')[0]).toMatchObject({ amount: '95000000', currency: 'USD' });
    expect(amounts('€340 million')[0]).toMatchObject({ amount: '340000000', currency: 'EUR' });
  });

  it('reads a larger and a smaller unit side by side as one amount', () => {
    expect(amounts('товарооборот составил $3 млрд. 415 млн.')).toEqual([expect.objectContaining({ amount: '3415000000', currency: 'USD' })]);
    expect(amounts('1 billion 250 million US dollars')).toEqual([expect.objectContaining({ amount: '1250000000', currency: 'USD' })]);
    // two amounts in a list stay two
    expect(amounts('$2 billion, 300 million euros').length).toBe(2);
  });
});
