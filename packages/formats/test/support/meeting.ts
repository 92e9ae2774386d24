import { meetingSchema, type Meeting, type RecordInputOf } from '@bilat/domain';

/** A valid meeting for tests, with what a test cares about laid over it. */
export function testMeeting(overrides: Partial<RecordInputOf<'meeting'>> = {}): Meeting {
  return meetingSchema.parse({
    id: 'kz-lt-test-meeting',
    status: 'verified',
    citations: [{ sourceId: 'a-source', locator: 'p1' }],
    title: 'A round of consultations',
    kind: 'political-consultations',
    pair: 'KZ-LT',
    date: { start: '2024-06-20', qualifier: 'stated' },
    location: { country: 'LT', qualifier: 'stated' },
    ...overrides,
  });
}
