import type { Agreement, Meeting } from '@bilat/domain';
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../src/index.js';

// Written for this test: two outlets' accounts of one invented round, and of one invented memorandum.
const SECOND = `Tbilisi, 5 May 2025. The 6th round of political consultations between the foreign ministries of Georgia and Armenia took place in Tbilisi on 4 May 2025. The two ministries also signed a Memorandum of Understanding on Cooperation in Archives.`;

const held = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 'am-ge-political-consultations-6', status: 'verified', citations: [{ sourceId: 'first-report', locator: 'p1' }], title: '6th round of Armenian–Georgian political consultations',
  kind: 'political-consultations', stage: 'held', pair: 'AM-GE', ordinal: 6, date: { start: '2025-05-04', qualifier: 'stated' }, location: { qualifier: 'unknown' },
  participants: [], topics: [], links: [], ...overrides,
});
const memorandum: Agreement = {
  id: 'am-ge-archives-memorandum', status: 'verified', citations: [{ sourceId: 'first-report', locator: 'p2' }], title: 'Memorandum of Understanding on Cooperation in the Field of Archives',
  kind: 'memorandum', parties: ['AM', 'GE'], signatoryOrganizationIds: [], stage: 'signed', steps: [{ stage: 'signed' }], ratifications: [],
};

describe('a second report of what is held', () => {
  it('cites the held meeting and agreement again instead of drafting new ones', () => {
    const result = extractDraft({ text: SECOND, published: '2025-05-05', publisher: 'Caucasus Wire', known: { meetings: [held()], agreements: [memorandum] } });
    expect(result.bundle.meetings!.map((m) => m.id)).toEqual(['am-ge-political-consultations-6']);
    expect(result.bundle.meetings![0]!.citations[0]).toEqual({ sourceId: 'first-report', locator: 'p1' });
    expect(result.bundle.meetings![0]!.citations.slice(1).every((c) => c.sourceId === result.source.id)).toBe(true);
    expect(result.bundle.agreements!.map((a) => a.id)).toEqual(['am-ge-archives-memorandum']);
    expect(result.facts.filter((f) => f.held).map((f) => f.kind).sort()).toEqual(['agreement', 'meeting']);
    expect(result.bundle.series ?? []).toEqual([]);
  });

  it('drafts a new meeting for another round, another date, or when two held ones fit equally', () => {
    const draft = (meetings: Meeting[]) => extractDraft({ text: SECOND, published: '2025-05-05', publisher: 'Caucasus Wire', known: { meetings } }).facts.find((f) => f.kind === 'meeting')!;
    expect(draft([held({ ordinal: 5 })]).held).toBeUndefined();
    expect(draft([held({ ordinal: undefined, date: { start: '2024-05-04', qualifier: 'stated' } })]).held).toBeUndefined();
    expect(draft([held({ ordinal: undefined }), held({ id: 'twin', ordinal: undefined })]).held).toBeUndefined();
    expect(draft([held({ ordinal: undefined, date: { start: '2025-05', qualifier: 'stated' } })]).held).toBe(true);
  });
});
