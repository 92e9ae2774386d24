import { partyName, type Meeting } from '@bilat/domain';
import { meetingsToIcs } from '@bilat/formats/ics';
import type { ExportFilter, ExportSink, RecordReader } from './reader.js';

/** Meetings as an RFC 5545 calendar (the shared serializer: all-day events, month-only dates as spans). */
export async function exportIcs(reader: RecordReader, filter: ExportFilter, sink: ExportSink, options: { uidDomain?: string } = {}): Promise<number> {
  const meetings: Meeting[] = [];
  for await (const page of reader.pages('meeting', filter)) meetings.push(...page);
  const placeIds = [...new Set(meetings.map((m) => m.location.placeId).filter((id): id is string => Boolean(id)))];
  const places = new Map((await reader.get('place', placeIds)).map((place) => [place.id, place]));
  const name = filter.country && filter.partner ? `${partyName(filter.country)}–${partyName(filter.partner)} meetings` : filter.country ? `${partyName(filter.country)} meetings` : 'bilat meetings';
  await sink.write(meetingsToIcs(meetings, { name, places, uidDomain: options.uidDomain ?? 'bilat' }));
  return meetings.filter((m) => m.date).length;
}
