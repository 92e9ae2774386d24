import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { firstDay, lastDay, parsePartialDate, type Meeting, type Place } from '@bilat/domain';
import { eventDateLabel, locationLabel } from './labels.js';

export interface IcsOptions {
  /** The calendar's name, e.g. "Kazakhstan–Lithuania meetings". */
  name: string;
  places?: ReadonlyMap<string, Place>;
  /** Where a meeting can be seen: given an id, its page's address. */
  meetingUrl?: (id: string) => string;
  /** Host part of event UIDs, so they stay globally unique and stable. */
  uidDomain?: string;
}

function dayArray(day: string): DateArray {
  const { year, month, day: date } = parsePartialDate(day);
  return [year, month!, date!];
}

/** The day after a YYYY-MM-DD day, as iCalendar's exclusive DTEND of an all-day event wants. */
function nextDay(day: string): DateArray {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * Meetings as an RFC 5545 calendar. A day is an all-day event; a month-only (or
 * year-only) date becomes an all-day span over the whole month (or year), and the
 * summary says how precisely the date is known. Undated meetings are left out. The UID
 * comes from the record id, so a re-import updates rather than duplicates.
 */
export function meetingsToIcs(meetings: readonly Meeting[], options: IcsOptions): string {
  const events: EventAttributes[] = [];
  for (const meeting of meetings) {
    if (!meeting.date) continue;
    const start = firstDay(meeting.date.start);
    const end = lastDay(meeting.date.end ?? meeting.date.start);
    const precise = parsePartialDate(meeting.date.start).precision === 'day';
    const summary = precise && meeting.date.qualifier === 'stated' ? meeting.title : `${meeting.title} (${eventDateLabel(meeting.date)})`;
    events.push({
      uid: `${meeting.id}@${options.uidDomain ?? 'bilat'}`,
      title: summary,
      start: dayArray(start),
      end: nextDay(end),
      description: meeting.summary,
      location: options.places ? locationLabel(meeting.location, options.places) : undefined,
      url: options.meetingUrl?.(meeting.id),
      status: meeting.stage === 'cancelled' ? 'CANCELLED' : meeting.stage === 'planned' ? 'TENTATIVE' : 'CONFIRMED',
      categories: [meeting.kind],
      productId: 'bilat',
      calName: options.name,
    });
  }
  if (events.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid answer.
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:bilat', `X-WR-CALNAME:${options.name}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('Could not write the calendar');
  return value;
}
