import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventDateLabel, locationLabel, meetingsToIcs, ordinalLabel } from '../src/index.js';
import { testMeeting } from './support/meeting.js';

const meeting = testMeeting;

describe('labels', () => {
  it('say how a date is known, never more precisely than it is', () => {
    expect(eventDateLabel({ start: '2024-06-20', qualifier: 'reported' })).toBe('reported 20 June 2024');
    expect(eventDateLabel({ start: '2024-05', qualifier: 'inferred' })).toBe('May 2024 (inferred)');
    expect(eventDateLabel({ start: '2014-01-26', end: '2014-01-27', qualifier: 'stated' })).toBe('26–27 January 2014');
    expect(eventDateLabel(null)).toBe('date unknown');
  });

  it('name places with how they are known', () => {
    expect(locationLabel({ country: 'LT', qualifier: 'inferred' }, new Map())).toBe('Lithuania (inferred)');
    expect(locationLabel({ qualifier: 'unknown' }, new Map())).toBe('place unknown');
  });

  it('write ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 102].map(ordinalLabel)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '102nd']);
  });
});

describe('meetingsToIcs', () => {
  it('writes a calendar a maintained parser reads: a day, a month span, undated meetings left out', () => {
    const ics = meetingsToIcs(
      [
        meeting({ id: 'a-day', date: { start: '2024-06-20', qualifier: 'reported' } }),
        meeting({ id: 'a-month', title: 'A visit', date: { start: '2024-05', qualifier: 'stated' } }),
        meeting({ id: 'undated', date: null }),
      ],
      { name: 'Test calendar', uidDomain: 'example' },
    );
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(['a-day@example', 'a-month@example']);
    expect(events[0]!.summary).toBe('A round of consultations (reported 20 June 2024)');
    expect(events[1]!.startDate.toString()).toBe('2024-05-01');
    expect(events[1]!.endDate.toString()).toBe('2024-06-01');
  });

  it('gives an empty but valid calendar for no dated meeting', () => {
    const calendar = new ICAL.Component(ICAL.parse(meetingsToIcs([], { name: 'Empty' })));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

describe('where a drafted report’s date came from', () => {
  it('is said in words for every source the extractor names, and passes an unknown one through', async () => {
    const { dateSourceLabel } = await import('../src/index.js');
    expect(dateSourceLabel('dateline')).toBe('the dateline');
    expect(dateSourceLabel('today')).toMatch(/gives none/);
    for (const from of ['options', 'front matter', 'page metadata', 'date line', 'address']) expect(dateSourceLabel(from)).not.toBe(from);
    expect(dateSourceLabel('somewhere')).toBe('somewhere');
  });
});
