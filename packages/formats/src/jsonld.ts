import { partyName, topicLabel, type Meeting, type Place, type RecordKind } from '@bilat/domain';
import { locationLabel } from './labels.js';

/*
 * A meeting as schema.org data, built once for the meeting's web page and for
 * `bilat export jsonld`: the two differ only in how a record is addressed (the page's
 * URL, or a `urn:bilat:` name when no site address is known) and in how much of what the
 * meeting points at they have at hand.
 */

type Json = Record<string, unknown>;

export interface MeetingJsonLdContext {
  /** The node id of a record: its page's address, or a name such as `urn:bilat:person:…`. */
  idOf: (kind: RecordKind, id: string) => string;
  /** Titles of the records the meeting points at (people, posts, its series), where known. */
  titleOf?: (kind: RecordKind, id: string) => string | undefined;
  /** The meeting's place record, when it names one. */
  place?: Place;
  /** The sources it cites, for `isBasedOn`: their own address when known. */
  sources?: readonly { id: string; url?: string }[];
}

/** A held or planned meeting is scheduled in schema.org's terms; only a cancelled one is not. */
export const MEETING_EVENT_STATUS = {
  held: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
} as const satisfies Record<Meeting['stage'], string>;

export const countryNode = (code: string): Json => ({ '@type': 'Country', name: partyName(code), identifier: code });

const isUrl = (address: string) => /^https?:\/\//.test(address);

function locationNode(meeting: Meeting, place: Place | undefined): Json | undefined {
  const country = meeting.location.country ?? place?.country;
  if (!place && !country) return undefined;
  const places = new Map(place ? [[place.id, place]] : []);
  return {
    '@type': 'Place',
    name: place?.name ?? locationLabel(meeting.location, places),
    address: { '@type': 'PostalAddress', ...(country ? { addressCountry: country } : {}), ...(place ? { addressLocality: place.name } : {}) },
  };
}

/** The schema.org `Event` of a meeting. */
export function meetingJsonLd(meeting: Meeting, context: MeetingJsonLdContext): Json {
  const { idOf, titleOf = () => undefined } = context;
  const id = idOf('meeting', meeting.id);
  const location = locationNode(meeting, context.place);
  const seriesTitle = meeting.seriesId ? titleOf('series', meeting.seriesId) : undefined;
  return {
    '@type': 'Event',
    '@id': id,
    ...(isUrl(id) ? { url: id } : {}),
    identifier: meeting.id,
    name: meeting.title,
    // schema.org asks for an end; a one-day (or month-precise) meeting ends when it starts.
    ...(meeting.date ? { startDate: meeting.date.start, endDate: meeting.date.end ?? meeting.date.start } : {}),
    eventStatus: MEETING_EVENT_STATUS[meeting.stage],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(location ? { location } : {}),
    ...(meeting.summary ? { description: meeting.summary } : {}),
    ...(meeting.topics.length ? { keywords: meeting.topics.map(topicLabel).join(', ') } : {}),
    ...(meeting.seriesId ? { superEvent: { '@type': 'EventSeries', '@id': idOf('series', meeting.seriesId), ...(seriesTitle ? { name: seriesTitle } : {}) } } : {}),
    attendee: meeting.participants.map((participant) => {
      const name = titleOf('person', participant.personId);
      const post = participant.postId ? titleOf('post', participant.postId) : undefined;
      return {
        '@type': 'Person',
        '@id': idOf('person', participant.personId),
        ...(name ? { name } : {}),
        ...(post ? { jobTitle: post } : {}),
        nationality: countryNode(participant.side),
      };
    }),
    ...(context.sources?.length ? { isBasedOn: context.sources.map((source) => source.url ?? idOf('source', source.id)) } : {}),
  };
}
