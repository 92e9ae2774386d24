import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';
import { draftedHoldings, holdingLabels } from './support/holdings.js';

// Constructions of the English press read in the second English round on the study and the spent holdouts (issue 11):
// those who go with someone, and Kenya's cabinet secretaries. The texts are written for these tests; the people are
// invented.


describe('those who go with someone', () => {
  it('give the people after "<A> will be accompanied by" the country of A', () => {
    const text = 'Hanoi, 12 March. Malaysian Prime Minister Rahman Hashim will pay an official visit to Vietnam next week. '
      + 'Mr Hashim will be accompanied by Minister of Transport Chan Wei Ming, Deputy Minister of Finance Aini Salleh and other officials.';
    expect(draftedHoldings(text)).toEqual(expect.arrayContaining(['Chan Wei Ming (MY): Minister of Transport', 'Aini Salleh (MY): Deputy Minister of Finance']));
  });

  it('read "was accompanied to the meeting by" the same way, and stop at the clause of whom they met', () => {
    const text = 'Lusaka, 12 March. Zambian President Mwila Banda held talks with the visiting Chinese Minister of Commerce Gao Wenjie. '
      + 'President Banda was accompanied to the meeting by Head of the Civil Service Joseph Mulenga, as he met with Minister Gao.';
    const found = draftedHoldings(text);
    expect(found).toContain('Joseph Mulenga (ZM): Head of the Civil Service');
    expect(found).toContain('Gao Wenjie (CN): Minister of Commerce');
  });
});

describe('Kenya\'s cabinet secretaries', () => {
  it('write "Foreign Affairs CS" and "Foreign Affairs Cabinet Secretary" as "Cabinet Secretary for Foreign Affairs"', () => {
    expect(draftedHoldings('Nairobi, 12 March. Kenya\'s Foreign Affairs CS Wanjiru Kamau met the Ugandan envoy on Monday.', 'Kenya Wire'))
      .toContain('Wanjiru Kamau (KE): Cabinet Secretary for Foreign Affairs');
    expect(draftedHoldings('Nairobi, 12 March. Kenya\'s Foreign Affairs Cabinet Secretary Wanjiru Kamau met the Ugandan envoy on Monday.', 'Kenya Wire'))
      .toContain('Wanjiru Kamau (KE): Cabinet Secretary for Foreign Affairs');
  });

  it('drop "Ministry of" from "Cabinet Secretary for Ministry of <Portfolio>"', () => {
    expect(draftedHoldings('Addis Ababa, 12 March. The Kenyan Cabinet Secretary for Ministry of Foreign and Diaspora Affairs, Otieno Wafula, arrived today.'))
      .toContain('Otieno Wafula (KE): Cabinet Secretary for Foreign and Diaspora Affairs');
  });
});

describe('"the two" who talked', () => {
  it('draft a meeting of the two people named just before "The two ministers discussed …"', () => {
    const text = 'Dhaka, 12 March. Foreign Minister Rafiq Hossain and his Bhutanese counterpart Karma Wangdi called for closer ties. '
      + 'The two Foreign Ministers discussed trade and transit on the margins of a regional meeting in Colombo today.';
    const meetings = extractDraft({ text, published: '2024-03-12', publisher: 'Dhaka Wire' }).bundle.meetings ?? [];
    expect(meetings.map((m) => [m.pair, m.stage, m.date?.start])).toContainEqual(['BD-BT', 'held', '2024-03-12']);
  });

  it('draft it as planned when the two "are expected to" talk, and not on the day a ministry spoke', () => {
    const text = 'New Delhi, 14 March. The minister will travel to Cairo next month at the invitation of his Egyptian counterpart Hany Mostafa, '
      + 'Indian Minister of External Affairs Vikram Rao said. The two ministers are expected to discuss trade, the ministry said on Thursday.';
    const meetings = extractDraft({ text, published: '2024-03-14', publisher: 'Delhi Wire' }).bundle.meetings ?? [];
    const found = meetings.find((m) => m.pair === 'EG-IN');
    expect(found?.stage).toBe('planned');
    expect(found?.date?.start).not.toBe('2024-03-14');
  });

  it('leave "the two sides" alone when a meeting of theirs is drafted already', () => {
    const text = 'Hanoi, 12 March. Vietnamese Deputy Minister of Foreign Affairs Tran Van Long met Thai Deputy Minister of Foreign Affairs Somsak Chai in Hanoi on Monday. '
      + 'The two sides discussed trade.';
    const meetings = extractDraft({ text, published: '2024-03-12', publisher: 'Test Wire' }).bundle.meetings ?? [];
    expect(meetings.filter((m) => m.pair === 'TH-VN')).toHaveLength(1);
  });
});

describe('envoys\' posts and posts after a name', () => {
  it('keep the host\'s full name after an envoy\'s "to" ("to the Republic of <B>"), and read a high commissioner-designate', () => {
    const text = 'Accra, 12 March. In attendance were Priya Menon, High Commissioner of the Republic of India to the Republic of Ghana; '
      + 'Kofi Boateng-Asare, High Commissioner-Designate of the Republic of Ghana to the Republic of India.';
    expect(draftedHoldings(text)).toEqual(expect.arrayContaining(['Priya Menon (IN): High Commissioner to Ghana', 'Kofi Boateng-Asare (GH): High Commissioner-designate to India']));
  });

  it('read a non-resident ambassador as an ambassador to the host', () => {
    const text = 'Abu Dhabi, 12 March. The talks were also attended by Khalid Al Mansoori, Non-Resident Ambassador of the UAE to Paraguay.';
    expect(draftedHoldings(text)).toContain('Khalid Al Mansoori (AE): Ambassador to Paraguay');
  });

  it('read a post in lower case after a name and "<Country>’s"', () => {
    const text = 'Yaoundé, 12 March. Dr. Musa Bello Danjuma, Nigeria’s minister of state for Foreign Affairs, said the session went well.';
    expect(draftedHoldings(text)).toContain('Musa Bello Danjuma (NG): Minister of State for Foreign Affairs');
  });
});

describe('the host of a visit', () => {
  it('give one who received the visitor, with a post and no country, the visited country', () => {
    const text = 'Minister of Foreign Affairs Ion Radulescu received on Tuesday the Deputy Prime Minister of the Republic of Moldova, Petru Ciobanu, '
      + 'during the state visit to Bucharest by the President of Moldova, Ana Rusu, at the invitation of the Romanian President, Dan Popa.';
    expect(draftedHoldings(text)).toContain('Ion Radulescu (RO): Minister of Foreign Affairs');
  });
});

describe('a round held between two people', () => {
  it('make the two named straight after "between" the round\'s heads, each of the pair\'s sides', () => {
    const text = 'Paris, 12 March. The visit follows the 12th Strategic Dialogue held on 5 January in New Delhi between Ravi Sharma, National Security Adviser and '
      + 'Claire Dubois, Diplomatic Adviser to the French President.';
    const draft = extractDraft({ text, published: '2024-03-12', publisher: 'Test Wire' });
    expect(holdingLabels(draft.bundle, { country: true })).toContain('Ravi Sharma (IN): National Security Adviser');
  });
});
