import { describe, expect, it } from 'vitest';
import { extractDraft, findPublished, pageMeta } from '../src/index.js';

// Written for these tests: invented reports, each giving its date one way.
const today = '2026-12-02';
const found = (text: string, url?: string) => findPublished(text, { today, ...(url ? { url } : {}) });

describe("the report's own date", () => {
  it('is read from a date line under the headline, in the shapes pages print', () => {
    expect(found('Chile and Norway hold consultations\n\n10 March 2023\n\nThe sides met on Tuesday.')).toEqual({ date: '2023-03-10', from: 'date line' });
    expect(found('Talks in Oslo\nStaff writer 2 minutes ago Wed 12th February 2020 | 03:54 PM\nThe ministers met.')).toEqual({ date: '2020-02-12', from: 'date line' });
    expect(found('23:37 05.11.2021\nРоссия и Чили проведут консультации')).toEqual({ date: '2021-11-05', from: 'date line' });
  });

  it('is read from a dateline, whose missing year is the latest not after today', () => {
    expect(found('ISLAMABAD, May 10 (APP): Pakistan and Chile agreed to widen trade.')).toEqual({ date: '2026-05-10', from: 'dateline' });
    expect(found('ASTANA, 5 March. KAZINFORM – The ministers met.')).toEqual({ date: '2026-03-05', from: 'dateline' });
    expect(found('Ташкент, 25 декабря. Министры встретились.')).toEqual({ date: '2025-12-25', from: 'dateline' });
  });

  it('takes a dated address over a dateline that guesses its year, and today when nothing says', () => {
    expect(found('ASTANA, 5 March. KAZINFORM – The ministers met.', 'https://example.org/news/2021/03/05/talks')).toEqual({ date: '2021-03-05', from: 'address' });
    expect(found('The ministers met.', 'https://example.org/24-Oct-2020/talks')).toEqual({ date: '2020-10-24', from: 'address' });
    expect(found('The ministers met.', 'https://example.org/va/en/022021/Politics/24/talks.htm')).toEqual({ date: '2021-02', from: 'address' });
    expect(found('The ministers met.')).toEqual({ date: today, from: 'today' });
  });

  it("takes the year a page's figures speak from when it gives no date, and sets a dateline's year by it", () => {
    // A total for part of a year is told during that year; the results of a whole year, the year after.
    expect(found('Trade between Chile and Norway reached 1.2 billion dollars in January-April 2019.')).toEqual({ date: '2019', from: 'text' });
    expect(found('По итогам 2017 года товарооборот России и Чили составил 2,1 млрд долларов. Министры встретятся в октябре.')).toEqual({ date: '2018', from: 'text' });
    expect(found('Ташкент, 22 июня. По итогам 2018 года товарооборот составил 3 млрд долларов, а за январь-апрель 2019 года — 1,1 млрд.')).toEqual({ date: '2019-06-22', from: 'dateline' });
    expect(found('BAKU, Azerbaijan, November 4. Trade reached $2.1 billion from January through September 2022.')).toEqual({ date: '2022-11-04', from: 'dateline' });
    // A span of days with its year, as a full date: "held on May 6 to 9, 2024", "on December 3-4, 2024".
    expect(found('The ministers met on Friday. It was the third round, held on May 6 to 9, 2024 near the border.')).toEqual({ date: '2024', from: 'text' });
    expect(found('Committees met on December 3-4, 2024, and the first consultations on December 4.')).toEqual({ date: '2024', from: 'text' });
    expect(found('Министры вспомнили первый стратегический диалог, прошедший 22 ноября 2025 года в Пекине.')).toEqual({ date: '2025', from: 'text' });
    // A year only named, or a target, says nothing of when the page was written.
    expect(found('The first round was held in 2015; trade should reach 5 billion by 2030.')).toEqual({ date: today, from: 'today' });
    const read = extractDraft({ text: 'Министры Чили и России встретились. С начала 2024 года товарооборот вырос. По итогам прошлого года он составил 1,5 млрд долларов.', publisher: 'Андский вестник', today });
    expect(read.publishedFrom).toBe('text');
    expect(read.warnings.join(' ')).toMatch(/the year its figures speak from/);
    expect(read.bundle.trade?.map((t) => t.period.start)).toEqual(['2023']);
  });

  it('takes, on a page with no date, the latest year of a full date it gives (or of a year it tells of after it)', () => {
    expect(found('Warsaw and Vilnius agree on rail timetable\n\nThe ministers met in Vilnius on September 14 to discuss the rail link, first proposed on March 3, 2021.')).toEqual({ date: '2021', from: 'text' });
    expect(found('The declaration signed on February 22, 2022 stands. In 2023, trade between the two countries grew by a tenth.')).toEqual({ date: '2023', from: 'text' });
    // So a day told without its year is of that year, and told in the past it was held, not planned.
    const read = extractDraft({ text: 'Polish Foreign Minister Tomasz Nowicki and his Lithuanian counterpart Rasa Petraitiene met in Vilnius on September 14. The rail link was proposed on March 3, 2021.', publisher: 'Baltic Rail Review', today });
    expect(read.bundle.meetings?.map((m) => [m.date?.start, m.stage])).toEqual([['2021-09-14', 'held']]);
  });

  it('reads a dateline that writes a slash between the day and the year', () => {
    expect(found('Nairobi, March 12/2025 (HW) Kenya and Ethiopia opened their commission meeting.')).toEqual({ date: '2025-03-12', from: 'dateline' });
  });

  it('reads a dateline that opens with the day and credits the agency after it, with no city', () => {
    expect(found('4 марта. /СТЕПНОЙ ВЕСТНИК/. Министры Чили и Казахстана провели переговоры.')).toEqual({ date: '2026-03-04', from: 'dateline' });
    expect(found('12 March (Andes Wire) - The ministers of Chile and Peru met.')).toEqual({ date: '2026-03-12', from: 'dateline' });
  });

  it("reads an agency's item number that opens with its day in the address, and no address date after today", () => {
    expect(found('Сантьяго, 9 мая (Andes Wire). Министры встретились в среду.', 'https://example.org/ru/news/awr2024050900412/')).toEqual({ date: '2024-05-09', from: 'address' });
    expect(found('The ministers met.', 'https://example.org/view.php?ud=20190412000123')).toEqual({ date: '2019-04-12', from: 'address' });
    expect(found('The ministers met.', 'https://example.org/news/16329669')).toEqual({ date: today, from: 'today' });
    expect(found('The ministers met.', 'https://example.org/item20291105/')).toEqual({ date: today, from: 'today' });
  });

  it('reads "<Month> <D> of <YYYY>" as a full date, so an undated page takes its year', () => {
    expect(found('The council met in Lima yesterday. It recalled the session held in Quito on October 12 of 2018 and the one of March 4 of 2019.')).toEqual({ date: '2019', from: 'text' });
  });

  it('does not take a forecast for a year\'s results, its modal after the year, as written the year after', () => {
    expect(found('МОСКВА, 20 ноября. /АВ/. Товарооборот Чили и России по итогам 2022 года может превысить 1 млрд долларов.')).toEqual({ date: '2022-11-20', from: 'dateline' });
  });

  it("gives no event the date glued to the headline at the text's start, nor a figure's period or comparison year", () => {
    const glued = '03.06.2011 Лима: пройдёт заседание комиссии России и Перу Премьер-министры России и Перу договорились провести очередное заседание межправительственной комиссии 27 июня в Лиме, сообщил вице-премьер.';
    expect(extractDraft({ text: glued, published: '2011-06-03', publisher: 'Андский вестник', today }).bundle.meetings?.map((m) => m.date?.start)).toEqual(['2011-06-27']);
    const figures = '17.03.2011 Товарооборот Чили и России за 10 месяцев прошлого года вырос по сравнению с аналогичным периодом 2009 г. на 5% и составил $1 млрд. 200 млн. Об этом сегодня, 14 марта, сообщил министр на открытии заседания межправительственной комиссии по торгово-экономическому сотрудничеству между Россией и Чили.';
    expect(extractDraft({ text: figures, published: '2011-03-17', publisher: 'Андский вестник', today }).bundle.meetings?.map((m) => m.date?.start)).toEqual(['2011-03-14']);
  });

  it('takes a page whose total runs to a month later than a day it tells without a year to be of the year after', () => {
    expect(found('Об этом 3 февраля в Лиме заявил министр. За 11 месяцев 2017 года товарооборот Чили и России вырос на 20%.')).toEqual({ date: '2018', from: 'text' });
    expect(found('Об этом 12 декабря в Лиме заявил министр. За 11 месяцев 2017 года товарооборот Чили и России вырос на 20%.')).toEqual({ date: '2017', from: 'text' });
    expect(found('The ministers met on March 3. Trade between Chile and Peru in the first ten months of 2019 rose by a fifth.')).toEqual({ date: '2020', from: 'text' });
  });

  it("is read from a page's JSON-LD when its meta tags say nothing", () => {
    const page = '<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-04-02T10:00:00Z"}]}</script></head><body><p>Text.</p></body></html>';
    expect(pageMeta(page).published).toBe('2024-04-02');
  });

  it('resolves relative dates against it, says where it came from, and yields to an explicit date', () => {
    const text = 'Chile and Norway hold consultations\n\n10 March 2023\n\nThe 2nd round of political consultations between the foreign ministries of Chile and Norway took place in Oslo on Tuesday.';
    const read = extractDraft({ text, publisher: 'Fjord Wire', today });
    expect(read.publishedFrom).toBe('date line');
    expect(read.bundle.meetings![0]!.date).toMatchObject({ start: '2023-03-07' });
    const given = extractDraft({ text, publisher: 'Fjord Wire', published: '2023-03-17', today });
    expect(given.publishedFrom).toBe('options');
    expect(given.bundle.meetings![0]!.date).toMatchObject({ start: '2023-03-14' });
    const undated = extractDraft({ text: 'The ministers of Chile and Norway met in Oslo.', publisher: 'Fjord Wire', today });
    expect(undated.publishedFrom).toBe('today');
    expect(undated.warnings.join(' ')).toMatch(/no date of its own/);
  });
});
