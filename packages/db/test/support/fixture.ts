import { bundleFromRecords, bundleRecords, validateBundle, type Bundle } from '@bilat/domain/bundle';
import type { KindedRecord } from '@bilat/domain';

/**
 * A small purpose-made dataset (invented for tests, not curated facts): two pairs, people
 * with spellings in several scripts, meetings at every date precision, trade that sums.
 */
const cite = (locator = 'p1') => [{ sourceId: 'test-gazette-2024', locator }];

function rawFixture(): KindedRecord[] {
  const v = 'verified' as const;
  return [
    { kind: 'source', record: { id: 'test-gazette-2024', title: 'Test Gazette report', publisher: 'Test Gazette', published: '2024-06-20', paragraphs: 9 } },
    { kind: 'source', record: { id: 'test-bulletin-2023', title: 'Test Bulletin note', publisher: 'Test Bulletin', published: null } },
    { kind: 'place', record: { id: 'siauliai', status: v, citations: cite(), name: 'Šiauliai', kind: 'city', country: 'LT', names: [{ value: 'Siauliai', kind: 'spelling' }] } },
    { kind: 'organization', record: { id: 'lt-test-ministry', status: v, citations: cite(), name: 'Test Ministry of Lithuania', kind: 'ministry', country: 'LT', members: [], names: [], identifiers: [] } },
    { kind: 'organization', record: { id: 'fr-test-ministry', status: v, citations: cite(), name: 'Test Ministry of France', kind: 'ministry', country: 'FR', members: [], names: [], identifiers: [] } },
    { kind: 'organization', record: { id: 'siauliai-port', status: v, citations: cite(), name: 'Port Authority of Šiauliai', kind: 'port', country: 'LT', members: [], names: [], identifiers: [] } },
    { kind: 'post', record: { id: 'lt-test-minister', status: v, citations: cite(), title: 'Test Minister', organizationId: 'lt-test-ministry', country: 'LT', names: [] } },
    { kind: 'post', record: { id: 'fr-test-minister', status: v, citations: cite(), title: 'Test Minister', organizationId: 'fr-test-ministry', country: 'FR', names: [] } },
    { kind: 'post', record: { id: 'siauliai-port-director', status: v, citations: cite(), title: 'Director of the Port Authority of Šiauliai', organizationId: 'siauliai-port', country: 'LT', names: [] } },
    {
      kind: 'person',
      record: {
        id: 'pranas-jonaitis', status: v, citations: cite(), name: 'Pranas Jonaitis', country: 'LT', identifiers: [],
        names: [{ value: 'Pranas Jonnaitis', kind: 'spelling' }, { value: 'Пранас Йонайтис', kind: 'script', lang: 'ru' }],
      },
    },
    { kind: 'person', record: { id: 'claire-dubois', status: v, citations: cite(), name: 'Claire Dubois', country: 'FR', names: [], identifiers: [] } },
    { kind: 'person', record: { id: 'ona-zemaityte', status: v, citations: cite(), name: 'Ona Žemaitytė', country: 'LT', names: [], identifiers: [] } },
    { kind: 'holding', record: { id: 'jonaitis-minister', status: v, citations: cite(), personId: 'pranas-jonaitis', postId: 'lt-test-minister', start: '2020-12', attestations: [], identifiers: [] } },
    { kind: 'holding', record: { id: 'dubois-minister', status: v, citations: cite(), personId: 'claire-dubois', postId: 'fr-test-minister', start: '2022-05-20', end: '2024-09-21', attestations: [], identifiers: [] } },
    {
      kind: 'holding',
      record: {
        id: 'zemaityte-port', status: v, citations: cite(), personId: 'ona-zemaityte', postId: 'siauliai-port-director',
        attestations: [{ on: '2024-06-20', sourceId: 'test-gazette-2024', locator: 'p4' }], identifiers: [],
      },
    },
    { kind: 'series', record: { id: 'fr-lt-talks', status: v, citations: cite(), name: 'French–Lithuanian test talks', kind: 'political-consultations', pair: 'FR-LT', unit: 'round' } },
    meeting('fr-lt-talks-1', { ordinal: 1, date: { start: '2023', qualifier: 'stated' } }),
    meeting('fr-lt-talks-2', { ordinal: 2, date: { start: '2024-05', qualifier: 'stated' } }),
    meeting('fr-lt-talks-3', { ordinal: 3, date: { start: '2024-05-14', qualifier: 'stated' } }),
    meeting('fr-lt-talks-4', { ordinal: 4, date: { start: '2024-06-20', qualifier: 'reported' }, location: { country: 'LT', placeId: 'siauliai', qualifier: 'inferred' } }),
    meeting('fr-lt-undated', { title: 'Undated test working meeting', kind: 'working-meeting', date: null }),
    {
      kind: 'meeting',
      record: {
        id: 'lt-pl-meeting', status: v, citations: cite(), title: 'Polish–Lithuanian test meeting', kind: 'working-meeting', stage: 'held', pair: 'LT-PL',
        date: { start: '2024-05-01', qualifier: 'stated' }, location: { qualifier: 'unknown' },
        participants: [{ personId: 'ona-zemaityte', side: 'LT', role: 'head', postId: 'siauliai-port-director' }], topics: ['logistics'], links: [],
      },
    },
    trade('fr-lt-2023-turnover', 'turnover', '223600000'),
    trade('fr-lt-2023-export', 'export', '92900000'),
    trade('fr-lt-2023-import', 'import', '130700000'),
    // Relations events at each precision, one with a former state (ISO 3166-3) and one with a state of bilat's own table.
    { kind: 'relation', record: { id: 'fr-lt-recognition-1922', status: v, citations: cite('p8'), kind: 'recognition', pair: 'FR-LT', actor: 'FR', date: { start: '1922', qualifier: 'stated' } } },
    { kind: 'relation', record: { id: 'fr-lt-embassy-1991', status: v, citations: cite('p8'), kind: 'embassy-established', pair: 'FR-LT', actor: 'FR', date: { start: '1991-09', qualifier: 'stated' }, city: 'Vilnius' } },
    { kind: 'relation', record: { id: 'ddde-lt-test-relations', status: v, citations: cite('p9'), kind: 'relations-established', pair: 'DDDE-LT', date: { start: '1973-05-14', qualifier: 'stated' } } },
    { kind: 'relation', record: { id: 'lt-xhaw-test-consulate', status: v, citations: cite('p9'), kind: 'consulate-opened', pair: 'LT-XHAW', actor: 'LT', date: { start: '1890', qualifier: 'stated' }, city: 'Honolulu' } },
    {
      kind: 'commitment',
      record: { id: 'fr-lt-follow-up', status: v, citations: cite('p5'), madeAt: { kind: 'meeting', id: 'fr-lt-talks-4' }, description: 'Prepare the fifth round', concerns: [], state: 'open' },
    },
  ] as unknown as KindedRecord[];
}

function meeting(id: string, overrides: Record<string, unknown>): KindedRecord {
  return {
    kind: 'meeting',
    record: {
      id,
      status: 'verified',
      citations: cite('p2'),
      title: `Test talks ${id}`,
      kind: 'political-consultations',
      stage: 'held',
      pair: 'FR-LT',
      seriesId: overrides.ordinal ? 'fr-lt-talks' : undefined,
      location: { qualifier: 'unknown' },
      participants: [
        { personId: 'pranas-jonaitis', side: 'LT', role: 'head', postId: 'lt-test-minister' },
        { personId: 'claire-dubois', side: 'FR', role: 'head' },
      ],
      topics: ['trade'],
      links: [],
      ...overrides,
    },
  } as unknown as KindedRecord;
}

function trade(id: string, flow: 'export' | 'import' | 'turnover', amount: string): KindedRecord {
  return {
    kind: 'trade',
    record: {
      id, status: 'verified', citations: cite('p7'), reporter: 'LT', partner: 'FR', period: { start: '2023' }, flow,
      value: { amount, currency: 'USD', precision: '100000' }, classification: { system: 'total', code: 'TOTAL' },
    },
  } as KindedRecord;
}

/** The fixture as a validated bundle (defaults applied, as a file import would). */
export function fixtureBundle(): Bundle {
  return validateBundle(bundleFromRecords(rawFixture(), 'purpose-made test data'), 'fixture');
}

export function fixtureRecords(): KindedRecord[] {
  return bundleRecords(fixtureBundle());
}
