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
  it('dates a meeting by the sentence after it that says when "this" was held, over a weekday that gave only the year', () => {
    const text = 'Chile and Peru on Friday met to settle the last barriers to trade across their border.\n\n'
      + 'This was the second round of such border talks, and it was held on May 6 to 8, 2024 at the Chacalluta crossing.\n\n'
      + 'Ana Soto, Minister of Trade of Chile, and Luis Vargas, Minister of Trade of Peru, chaired it together.';
    const read = extractDraft({ text, publisher: 'Andes Wire', today });
    expect(read.publishedFrom).toBe('text');
    expect(read.bundle.meetings?.map((m) => [m.stage, m.date?.start, m.date?.end])).toEqual([['held', '2024-05-06', '2024-05-08']]);
  });

  it('dates talks told after a sentence giving the conversation its day by that day', () => {
    const text = 'On June 9, 2022, Ana Soto, Deputy Prime Minister, Minister of Foreign Affairs of Chile and Luis Vargas, Minister of Foreign Affairs of Peru had a telephone conversation.\n\n'
      + 'In the course of the friendly conversation, the ministers reviewed trade and border questions.';
    expect(meetings(text, '2022-06-10')?.map(([, , stage, date]) => [stage, date])).toContainEqual(['held', '2022-06-09']);
  });

  it('keeps talks of the same two people told with a date of another month apart from the meeting they were read into', () => {
    // (The people named two sentences on are read as those of the first meeting too; their own date sets their talks apart.)
    const text = 'A three-day meeting between Chile and Peru opened in Lima on Monday, March 6, to discuss trade and ports.\n\n'
      + 'The two delegations meet for the first time in ten years.\n\n'
      + 'Its return was settled at a meeting between Chile’s Minister of Foreign Affairs, Ana Soto, and her Peruvian counterpart, Luis Vargas, on August 2, 2022.';
    expect(meetings(text, '2023-03-07')?.map(([, , stage, date]) => [stage, date])).toEqual([['held', '2023-03-06'], ['held', '2022-08-02']]);
  });

  it('drafts a meeting recalled "after the meeting in <Country> last <Month>" and "a follow up to the … Meeting … held in <Month>, <YYYY>"', () => {
    const again = 'Foreign Minister Ana Soto of Chile held talks in Lima with Foreign Minister Luis Vargas of Peru on Monday.\n\n'
      + 'Minister Soto said it was good to see him once more, not long after the meeting in Brazil last October.';
    expect(meetings(again, '2025-02-12')?.map(([, , stage, date]) => [stage, date])).toEqual([['held', '2025-02-10'], ['held', '2024-10']]);
    const follow = 'Chile and Peru on Monday met to discuss border trade. The meeting was co-chaired by Ana Soto, Minister of Trade of Chile, and Luis Vargas, Minister of Trade of Peru.\n\n'
      + 'Officials called the talks a follow-up to the ministers’ trade meeting with Peru held in September, 2023 at Arica.';
    expect(meetings(follow, '2024-05-15')?.map(([, , stage, date]) => [stage, date])).toEqual([['held', '2024-05-13'], ['held', '2023-09']]);
  });

  it('reads talks whose day and place stand between "held" and "talks"', () => {
    const text = 'Foreign Minister Ana Soto of Chile held on Wednesday in Lima, talks with Foreign Minister Luis Vargas of Peru.';
    expect(meetings(text, '2022-03-31')).toEqual([['ministerial-meeting', null, 'held', '2022-03-30']]);
  });
  it('reads a weekday on a page known only by its year as the one full date of that weekday the page gives', () => {
    const text = 'Foreign Minister Ana Soto of Chile met this Friday with Foreign Minister Luis Vargas of Peru in Santiago.\n\n'
      + 'The two signed a memorandum on ports. Chile Foreign Ministry (@MinrelChile) March 3, 2023';
    const read = extractDraft({ text, publisher: 'Andes Wire', today });
    expect(read.publishedFrom).toBe('text');
    expect(read.bundle.meetings?.map((m) => m.date?.start)).toEqual(['2023-03-03']);
    // (Two dates on that weekday, or none, leave the year.)
    const two = extractDraft({ text: `${text} and February 24, 2023`, publisher: 'Andes Wire', today });
    expect(two.bundle.meetings?.map((m) => m.date?.start)).toEqual(['2023']);
  });

  it('drafts a session recalled as "the last session which was held in <City> on <date>"', () => {
    const text = 'The 4th session of the Chile-Peru Joint Commission took place in Lima on Tuesday, the ministers Ana Soto of Chile and Luis Vargas of Peru presiding.\n\n'
      + 'The commission went over the outcome of the last session which was held in Santiago on May 12 of 2022.';
    expect(meetings(text, '2023-06-08')?.map(([, , stage, date]) => [stage, date])).toEqual([['held', '2023-06-06'], ['held', '2022-05-12']]);
  });
  it('keeps talks of the same two people told "In July" apart, and drafts a meeting recalled as "the previous gathering held in <City> on <date>"', () => {
    const july = 'Foreign Minister Ana Soto of Chile held talks with Foreign Minister Luis Vargas of Peru in Lima on Tuesday.\n\n'
      + 'In July, Ana Soto and Luis Vargas affirmed, during talks in Santiago, that the two countries coordinate on all regional questions.';
    expect(meetings(july, '2020-12-02')?.map(([, , stage, date]) => [stage, date])).toEqual([['held', '2020-12-01'], ['held', '2020-07']]);
    const gathering = 'Foreign Minister Ana Soto of Chile held talks with Foreign Minister Luis Vargas of Peru in Lima on Friday.\n\n'
      + 'The talks served as a follow-up to the previous gathering held in Santiago on Feb. 10.';
    expect(meetings(gathering, '2023-03-18')?.map(([, , stage, date]) => [stage, date])).toEqual([['held', '2023-03-17'], ['held', '2023-02-10']]);
  });
  it('drafts the inaugural session of a series the report tells a round of, on the series\' pair', () => {
    const text = 'SANTIAGO, June 10 (AW): The first review session of the Chile-Peru Action Plan for Border Cooperation (CPABC) is being held here today.\n\n'
      + 'The inaugural session of CPABC was held in Lima on August 14, 2023 where the two sides agreed to pool their efforts.';
    expect(meetings(text, '2024-06-10')?.map(([, , stage, date]) => [stage, date])).toEqual([['held', '2024-06-10'], ['held', '2023-08-14']]);
  });
  it('drafts "the last <series>, which was held …" with its month, a year back when it is the report\'s own month', () => {
    const summit = 'Chile and Peru meet tonight and tomorrow in Arica for their yearly summit, chaired by Chilean President Ana Soto and Peruvian President Luis Vargas.\n\n'
      + 'The date was fixed although the last summit, which was held early in November in Tacna, is recent.';
    expect(meetings(summit, '2023-03-14')?.map(([, , stage, date]) => [stage, date])).toContainEqual(['held', '2022-11']);
    const cabinet = 'Colombian President Ana Soto and her Ecuadorian counterpart Luis Vargas will chair the sixth binational cabinet in Pereira tomorrow.\n\n'
      + 'The last binational cabinet was held in February in Quito.';
    expect(meetings(cabinet, '2018-02-14')?.map(([, , stage, date]) => [stage, date])).toContainEqual(['held', '2017-02']);
  });
  it('leaves the bracketed date of another event named after a session to that event, unless the session sat on its sidelines', () => {
    const tied = 'Her stay is tied to the 12th session of the Chile-Peru Joint Commission, which opened in Lima, under a plan adopted at the Andean Summit (June 4, 2019 in Quito).';
    expect(meetings(tied, '2022-03-31')).toEqual([['intergovernmental-commission', 12, 'held', '2022-03-31']]);
    const sidelines = 'The 12th session of the Chile-Peru Joint Commission met on the sidelines of the Andean Summit (June 4, 2019 in Quito).';
    expect(meetings(sidelines, '2022-03-31')).toEqual([['intergovernmental-commission', 12, 'held', '2019-06-04']]);
  });
  it('drafts the first session of a series reviewed "since its inauguration in <Month> <YYYY>", with no one named in it', () => {
    const text = 'Ambassador Ana Soto, Deputy Minister of Foreign Affairs of Chile, and Ambassador Luis Vargas, Vice Minister of Foreign Affairs of Peru, held a virtual meeting to review the Chile-Peru Strategic Dialogue since its inauguration in June 2018 at Lima.';
    const bundle = extractDraft({ text, published: '2020-10-23', publisher: 'Andes Wire', today }).bundle;
    const first = bundle.meetings?.find((m) => m.date?.start === '2018-06');
    expect(first?.stage).toBe('held');
    expect(first?.participants ?? []).toEqual([]);
  });
});
