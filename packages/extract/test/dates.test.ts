import { describe, expect, it } from 'vitest';
import { findDates } from '../src/index.js';

const first = (text: string, published: string) => {
  const [date] = findDates(text, published);
  return date ? { from: date.from, to: date.to, kind: date.kind } : undefined;
};

describe('dates relative to the publication date', () => {
  it.each([
    ['in May this year', '2024-06-20', { from: '2024-05', kind: 'month' }],
    ['trade last year', '2024-06-20', { from: '2023', kind: 'year' }],
    ['met on Tuesday', '2024-09-13', { from: '2024-09-10', kind: 'day' }],
    ['spoke yesterday', '2024-12-04', { from: '2024-12-03', kind: 'day' }],
    ['on 29 February this year', '2024-06-20', { from: '2024-02-29', kind: 'day' }],
    ['in the first half of next year', '2023-10-05', { from: '2024-01', to: '2024-06', kind: 'part' }],
    ['signed last October', '2024-02-23', { from: '2023-10', kind: 'month' }],
    ['on 22 December', '2025-01-10', { from: '2024-12-22', kind: 'day' }],
    ['since 2005', '2024-05-28', { from: '2005', to: '2024-05-28', kind: 'span' }],
    ['over the past ten years', '2024-12-12', { from: '2014', to: '2024', kind: 'span' }],
  ])('reads "%s" (published %s)', (text, published, expected) => {
    expect(first(text, published)).toEqual({ to: undefined, ...expected });
  });

  it('puts a day without a year that a Russian sentence tells in the past tense before the publication, not after', () => {
    // Published in early December: "14 февраля" alone is the coming February, unless the meeting is over.
    expect(first('14 февраля министры провели телефонный разговор.', '2026-12-02')?.from).toBe('2026-02-14');
    expect(first('Встреча министров состоится 14 февраля.', '2026-12-02')?.from).toBe('2027-02-14');
    expect(first('14 февраля 2027 года министры провели телефонный разговор.', '2026-12-02')?.from).toBe('2027-02-14');
  });

  it('reads "в этом месяце" and its neighbours as the report\'s month or the one beside it', () => {
    expect(first('Встреча состоится в этом месяце.', '2020-10-17')).toEqual({ from: '2020-10', to: undefined, kind: 'month' });
    expect(first('Визит пройдёт до конца месяца.', '2020-12-17')?.from).toBe('2020-12');
    expect(first('Министры встречались в прошлом месяце.', '2021-01-10')?.from).toBe('2020-12');
  });

  it('keeps spans of days and months with both ends', () => {
    expect(first('on 14–16 March', '2024-03-20')).toEqual({ from: '2024-03-14', to: '2024-03-16', kind: 'span' });
    expect(first('on 30 May – 2 June 2024', '2024-06-05')).toEqual({ from: '2024-05-30', to: '2024-06-02', kind: 'span' });
    expect(first('In January–November 2024', '2025-01-20')).toEqual({ from: '2024-01', to: '2024-11', kind: 'span' });
    expect(first('from 2005 to September 2023', '2024-06-20')).toEqual({ from: '2005', to: '2023-09', kind: 'span' });
  });

  it('reads a weekday in a report known only by its year as that year, not as a day near its middle', () => {
    // (An undated page read in the year of a date it gives, en-305: "met this Friday" says no more than the year.)
    expect(first('met this Friday with his counterparts', '2022')).toEqual({ from: '2022', to: undefined, kind: 'year' });
    expect(first('spoke yesterday', '2022')).toEqual({ from: '2022', to: undefined, kind: 'year' });
    expect(first('met this Friday with his counterparts', '2022-10-29')).toEqual({ from: '2022-10-28', to: undefined, kind: 'day' });
  });

  it('lets a date stand for the weekday (or today) written right before it', () => {
    expect(findDates('On Monday 7 March the prime minister will visit Lima.', '2022-03-03').map((d) => d.from)).toEqual(['2022-03-07']);
    expect(findDates('They spoke on Tuesday, January 30, 2024.', '2024').map((d) => d.from)).toEqual(['2024-01-30']);
    expect(findDates('The first round was held in Quito on Wednesday, 28th August, 2019.', '2021-07-05').map((d) => d.from)).toEqual(['2019-08-28']);
    expect(findDates('Министр встретится в четверг, 7 мая, со своим коллегой.', '2009-05-05').map((d) => d.from)).toEqual(['2009-05-07']);
    expect(findDates('Об этом сегодня, 14 января, сообщил министр.', '2009-01-17').map((d) => d.from)).toEqual(['2009-01-14']);
    // (A weekday alone still resolves against the report's day.)
    expect(findDates('They met on Tuesday in Lima.', '2024-06-10').map((d) => d.from)).toEqual(['2024-06-04']);
  });

  it('reads a weekday written without "on" after a word in lower case, as agencies write it', () => {
    expect(findDates('The two ministers met Friday in Lima.', '2023-03-18').map((d) => d.from)).toEqual(['2023-03-17']);
    expect(findDates('During the Tuesday meeting, the ministers are expected to discuss trade.', '2020-12-01').map((d) => d.from)).toEqual(['2020-12-01']);
    expect(findDates('The ministers will meet Monday in Quito.', '2023-03-18').map((d) => d.from)).toEqual(['2023-03-20']);
    // (Not a feast or a name: "Good Friday", "Super Tuesday".)
    expect(findDates('The talks paused over Good Friday and Super Tuesday.', '2023-03-18')).toEqual([]);
  });

  it('reads "of" between a day and its month or its year', () => {
    expect(first('held in Quito on October 12 of 2018', '2026-12-04')).toEqual({ from: '2018-10-12', to: undefined, kind: 'day' });
    expect(first('on the 15th of March, 2023 in Lima', '2026-12-04')).toEqual({ from: '2023-03-15', to: undefined, kind: 'day' });
  });

  it('reads two days of one month joined by "and", the year after "in"', () => {
    expect(first('its first session took place on January 23 and 24, in 2007 in Lima', '2026-12-04')).toEqual({ from: '2007-01-23', to: '2007-01-24', kind: 'span' });
  });

  it('reads "в начале", "в середине", "в конце" a month as that month', () => {
    expect(first('Министры встречались в начале февраля.', '2009-05-07')).toEqual({ from: '2009-02', to: undefined, kind: 'month' });
    expect(first('Визит состоялся в конце декабря прошлого года.', '2009-05-07')).toEqual({ from: '2008-12', to: undefined, kind: 'month' });
  });

  it('never adds precision: a month stays a month and a year a year', () => {
    expect(first('in November 2023', '2024-01-01')).toEqual({ from: '2023-11', to: undefined, kind: 'month' });
    expect(first('in 2023', '2024-01-01')).toEqual({ from: '2023', to: undefined, kind: 'year' });
  });

  it('marks deadlines, which are not the date of an event', () => {
    expect(findDates('before 30 September', '2024-06-07')[0]).toMatchObject({ from: '2024-09-30', deadline: true });
    expect(findDates('by the end of 2024', '2024-01-25')[0]).toMatchObject({ from: '2024', deadline: true });
  });
  it('reads two days of one month joined by "to", and not a range of percentages', () => {
    expect(first('the trade ministers met on May 6 to 9, 2024 near the border post', '2026-12-04')).toEqual({ from: '2024-05-06', to: '2024-05-09', kind: 'span' });
    expect(first('an official visit to Peru from Dec. 12 to 14', '2021-12-15')).toEqual({ from: '2021-12-12', to: '2021-12-14', kind: 'span' });
    expect(findDates('tariffs fell on March 5 to 10 percent', '2024-06-01').map((d) => d.kind)).toEqual(['day']);
  });

  it('reads a day, month and year in slashes when their order is plain (or the page is Russian)', () => {
    expect(first('Lima 28/09/2022 The ministers met', '2026-12-04')).toEqual({ from: '2022-09-28', to: undefined, kind: 'day' });
    expect(first('posted 09/28/2022 in Lima', '2026-12-04')).toEqual({ from: '2022-09-28', to: undefined, kind: 'day' });
    expect(first('Чили 05/10/2022 Состоялась встреча министров', '2026-12-04')).toEqual({ from: '2022-10-05', to: undefined, kind: 'day' });
    // (On an English page 05/10/2022 may be either day first or month first: only its year is read.)
    expect(first('posted 05/10/2022 in Lima', '2026-12-04')).toEqual({ from: '2022', to: undefined, kind: 'year' });
  });
});
