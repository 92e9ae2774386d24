import { describe, expect, it } from 'vitest';
import { testMeeting } from '../test/support/meeting.js';
import { meetingJsonLd } from './jsonld.js';

const meeting = testMeeting({
  id: 'kz-lt-political-consultations-10',
  citations: [{ sourceId: 'kazinform', locator: 'p1' }],
  title: '10th round',
  stage: 'cancelled',
  seriesId: 'kz-lt-political-consultations',
  date: { start: '2024-06-20', qualifier: 'reported' },
  location: { country: 'LT', qualifier: 'inferred' },
  topics: ['trade'],
  participants: [{ personId: 'roman-vassilenko', side: 'KZ', role: 'head', postId: 'kz-deputy-fm' }],
});

describe('meetingJsonLd', () => {
  it('addresses nodes as the caller does: page URLs carry a url, urn names do not', () => {
    const web = meetingJsonLd(meeting, { idOf: (kind, id) => `https://bilat.example.org/${kind}/${id}` });
    expect(web['@id']).toBe('https://bilat.example.org/meeting/kz-lt-political-consultations-10');
    expect(web.url).toBe(web['@id']);
    const urn = meetingJsonLd(meeting, { idOf: (kind, id) => `urn:bilat:${kind}:${id}` });
    expect(urn.url).toBeUndefined();
    expect((urn.attendee as { '@id': string }[])[0]!['@id']).toBe('urn:bilat:person:roman-vassilenko');
  });

  it('names what it knows of people, posts, the series and the place, and the status of the meeting', () => {
    const titles: Record<string, string> = { 'person:roman-vassilenko': 'Roman Vassilenko', 'post:kz-deputy-fm': 'Deputy Minister', 'series:kz-lt-political-consultations': 'Political consultations' };
    const data = meetingJsonLd(meeting, { idOf: (kind, id) => `urn:bilat:${kind}:${id}`, titleOf: (kind, id) => titles[`${kind}:${id}`], sources: [{ id: 'kazinform', url: 'https://example.org/report' }] });
    expect(data.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(data.endDate).toBe('2024-06-20');
    expect(data.keywords).toBe('Trade');
    expect(data.location).toEqual({ '@type': 'Place', name: 'Lithuania (inferred)', address: { '@type': 'PostalAddress', addressCountry: 'LT' } });
    expect(data.superEvent).toMatchObject({ '@type': 'EventSeries', name: 'Political consultations' });
    expect(data.attendee).toEqual([{ '@type': 'Person', '@id': 'urn:bilat:person:roman-vassilenko', name: 'Roman Vassilenko', jobTitle: 'Deputy Minister', nationality: { '@type': 'Country', name: 'Kazakhstan', identifier: 'KZ' } }]);
    expect(data.isBasedOn).toEqual(['https://example.org/report']);
  });

  it('leaves out a place no source states', () => {
    const data = meetingJsonLd({ ...meeting, location: { qualifier: 'unknown' } }, { idOf: (kind, id) => `urn:bilat:${kind}:${id}` });
    expect(data.location).toBeUndefined();
  });
});
