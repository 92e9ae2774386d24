import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';

// Written for these tests: invented reports on which date belongs to which meeting.
const today = '2026-12-02';
const meetings = (text: string, published: string) =>
  extractDraft({ text, published, publisher: 'Andes Wire', today }).bundle.meetings?.map((m) => [m.kind, m.ordinal ?? null, m.stage, m.date?.start]);

describe('the date of each meeting', () => {
  it('reads a round after a feed date printed before the first sentence (the date is no count of rounds)', () => {
    expect(meetings('date 2024-04-09 Foreign Office Consultations between Chile and Peru are scheduled to be held on 11 April 2024 in Lima.', '2024-04-09'))
      .toEqual([['political-consultations', null, 'planned', '2024-04-11']]);
  });

  it('keeps an inaugural round recalled with its own date apart from the round the report tells', () => {
    const text = 'The second foreign office consultations between Chile and Peru were held in Lima on Friday, July 2, 2021.\n\n'
      + 'The inaugural Foreign Office Consultations between Chile and Peru were held in Santiago, on Wednesday, 28th August, 2019, the deputy minister recalled.';
    expect(meetings(text, '2021-07-05')).toEqual([
      ['political-consultations', 2, 'held', '2021-07-02'],
      ['political-consultations', 1, 'held', '2019-08-28'],
    ]);
  });

  it('gives a Russian visit told first without its days the days a later sentence tells it with', () => {
    const text = 'Перу с официальным визитом посетит Габриэль Борич\n\nПеру с официальным визитом посетит Габриэль Борич.\n\nСостоится первый визит президента Борича в Перу.\n\n'
      + '28–29 июня состоится официальный визит президента Чили Габриэля Борича в Перу, сообщает министерство иностранных дел Перу.';
    const visits = extractDraft({ text, published: '2021-06-24', publisher: 'Andes Wire', today }).bundle.visits?.map((v) => [v.date?.start, v.date?.end]);
    expect(visits).toEqual([['2021-06-28', '2021-06-29']]);
  });

  it('dates talks told just after the only visit made, with no day of their own and its visitor unnamed in them, by the visit', () => {
    const text = 'At the invitation of Deputy Prime Minister Ana Soto, Minister of Foreign Affairs of Chile, Luis Vargas, Minister of Foreign Affairs of the Republic of Peru, paid an official visit to Chile on 27 June. '
      + 'The Peruvian Foreign Minister paid courtesy calls on Carlos Rojas, President of the Senate, and Pedro Lagos, the Prime Minister, ahead of a bilateral meeting with Ana Soto.\n\n'
      + 'The meetings covered trade, border crossings and tourism. The two sides agreed to open new consulates.\n\n'
      + 'Ana Soto confirmed plans to pay an official visit to Peru in September.';
    expect(meetings(text, '2024-06-28')).toEqual([['courtesy-call', null, 'held', '2024-06-27']]);
  });
});
