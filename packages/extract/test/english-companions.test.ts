import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';
import { holdingLabels } from './support/holdings.js';

// Constructions of the English press read in the second English round on the study and the spent holdouts (issue 11):
// those who go with someone, and Kenya's cabinet secretaries. The texts are written for these tests; the people are
// invented.

function holdings(text: string, publisher = 'Test Wire', published = '2024-03-14'): string[] {
  return holdingLabels(extractDraft({ text, published, publisher }).bundle, { country: true });
}

describe('those who go with someone', () => {
  it('give the people after "<A> will be accompanied by" the country of A', () => {
    const text = 'Hanoi, 12 March. Malaysian Prime Minister Rahman Hashim will pay an official visit to Vietnam next week. '
      + 'Mr Hashim will be accompanied by Minister of Transport Chan Wei Ming, Deputy Minister of Finance Aini Salleh and other officials.';
    expect(holdings(text)).toEqual(expect.arrayContaining(['Chan Wei Ming (MY): Minister of Transport', 'Aini Salleh (MY): Deputy Minister of Finance']));
  });

  it('read "was accompanied to the meeting by" the same way, and stop at the clause of whom they met', () => {
    const text = 'Lusaka, 12 March. Zambian President Mwila Banda held talks with the visiting Chinese Minister of Commerce Gao Wenjie. '
      + 'President Banda was accompanied to the meeting by Head of the Civil Service Joseph Mulenga, as he met with Minister Gao.';
    const found = holdings(text);
    expect(found).toContain('Joseph Mulenga (ZM): Head of the Civil Service');
    expect(found).toContain('Gao Wenjie (CN): Minister of Commerce');
  });
});

describe('Kenya\'s cabinet secretaries', () => {
  it('write "Foreign Affairs CS" and "Foreign Affairs Cabinet Secretary" as "Cabinet Secretary for Foreign Affairs"', () => {
    expect(holdings('Nairobi, 12 March. Kenya\'s Foreign Affairs CS Wanjiru Kamau met the Ugandan envoy on Monday.', 'Kenya Wire'))
      .toContain('Wanjiru Kamau (KE): Cabinet Secretary for Foreign Affairs');
    expect(holdings('Nairobi, 12 March. Kenya\'s Foreign Affairs Cabinet Secretary Wanjiru Kamau met the Ugandan envoy on Monday.', 'Kenya Wire'))
      .toContain('Wanjiru Kamau (KE): Cabinet Secretary for Foreign Affairs');
  });

  it('drop "Ministry of" from "Cabinet Secretary for Ministry of <Portfolio>"', () => {
    expect(holdings('Addis Ababa, 12 March. The Kenyan Cabinet Secretary for Ministry of Foreign and Diaspora Affairs, Otieno Wafula, arrived today.'))
      .toContain('Otieno Wafula (KE): Cabinet Secretary for Foreign and Diaspora Affairs');
  });
});
