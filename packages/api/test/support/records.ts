import type { RecordInputOf, RecordKind } from '@bilat/domain';
import { RECORD_ROUTERS } from '../../src/root.js';
import { OTHER_SEED_SOURCE, SEED_SOURCE } from './api.js';

/*
 * New records of every kind, valid against the schemas and the consistency checks when
 * written on top of the curated dataset. `n` makes each call's text its own, so several
 * can be written side by side.
 */

const cited = { status: 'verified' as const, citations: [{ sourceId: SEED_SOURCE, locator: 'p1' }] };

export type Draft<K extends RecordKind> = Omit<RecordInputOf<K>, 'id'> & { id?: string };

export const drafts: { [K in RecordKind]: (n: number) => Draft<K> } = {
  source: (n) => ({ title: `Test bulletin number ${n}`, publisher: 'Test Wire', published: '2025-02-01', language: 'en' }),
  place: (n) => ({ ...cited, name: `Testville ${n}`, kind: 'city', country: 'LT' }),
  organization: (n) => ({ ...cited, name: `Test Shipping Company ${n}`, kind: 'company', country: 'LT' }),
  post: (n) => ({ ...cited, title: `Special Envoy ${n} for Transit`, organizationId: 'lt-ministry-of-foreign-affairs', country: 'LT' }),
  person: (n) => ({ ...cited, name: `Testas Testauskas ${n}`, country: 'LT' }),
  holding: () => ({ ...cited, personId: 'jonas-survila', postId: 'lt-minister-of-foreign-affairs', start: '2010', end: '2011' }),
  series: (n) => ({ ...cited, name: `Test business forum ${n}`, kind: 'business-forum', pair: 'KZ-LT', unit: 'session' }),
  visit: (n) => ({
    ...cited,
    title: `Test working visit ${n}`,
    kind: 'working',
    from: 'LT',
    to: 'KZ',
    visitorIds: ['jonas-survila'],
    date: { start: '2025-03-10', end: '2025-03-11', qualifier: 'stated' },
    location: { country: 'KZ', placeId: 'astana', qualifier: 'stated' },
  }),
  meeting: (n) => ({
    ...cited,
    title: `Test working meeting ${n}`,
    kind: 'working-meeting',
    pair: 'KZ-LT',
    date: { start: '2025-03-10', qualifier: 'stated' },
    location: { country: 'KZ', placeId: 'astana', qualifier: 'stated' },
    participants: [{ personId: 'jonas-survila', side: 'LT', role: 'head', postId: 'lt-vice-minister-of-foreign-affairs' }],
    topics: ['trade'],
  }),
  agreement: (n) => ({ ...cited, title: `Test memorandum ${n} on rail freight`, kind: 'memorandum', parties: ['KZ', 'LT'], stage: 'planned', steps: [{ stage: 'planned' }] }),
  statement: (n) => ({
    ...cited,
    speakerId: 'jonas-survila',
    date: { start: '2025-03-10', qualifier: 'stated' },
    paraphrase: `Test paraphrase ${n}: rail freight should grow.`,
  }),
  commitment: (n) => ({
    ...cited,
    madeAt: { kind: 'meeting', id: 'kz-lt-intergovernmental-commission-14' },
    description: `Test commitment ${n} to study rail freight`,
    state: 'open',
  }),
  trade: () => ({
    ...cited,
    reporter: 'LT',
    partner: 'KZ',
    period: { start: '2019' },
    flow: 'export',
    value: { amount: '12300000', currency: 'EUR', precision: '100000' },
  }),
  investment: () => ({
    ...cited,
    from: 'KZ',
    to: 'LT',
    kind: 'stock',
    span: { start: '2022-12-31' },
    cumulative: false,
    value: { amount: '4000000', currency: 'USD', precision: '1000000' },
  }),
  indicator: (n) => ({
    ...cited,
    measure: 'test-students',
    label: `Test students ${n} from Kazakhstan in Lithuania`,
    subject: 'LT',
    partner: 'KZ',
    value: '120',
    unit: 'students',
    asOf: '2025',
  }),
  dispute: (n) => ({
    status: 'verified',
    field: `test-field-${n}`,
    claims: [
      { value: 'one', citation: { sourceId: SEED_SOURCE, locator: 'p2' } },
      { value: 'two', citation: { sourceId: OTHER_SEED_SOURCE } },
    ],
  }),
  interaction: (n) => ({
    status: 'draft',
    citations: [{ sourceId: SEED_SOURCE }],
    pair: 'KZ-LT',
    date: '2025-01-15',
    code: '040',
    dataset: 'gdelt-2',
    events: [{ id: String(900_000 + n), url: `https://example.org/news/${n}`, actors: ['KZ', 'LT'] }],
  }),
  relation: (n) => ({
    ...cited,
    kind: 'consulate-opened',
    pair: 'KZ-LT',
    actor: 'LT',
    date: { start: '2025-02', qualifier: 'stated' },
    city: `Testville ${n}`,
  }),
};

/** The router of each record kind, as `appRouter` names it. */
export const ROUTER_OF: Record<RecordKind, string> = RECORD_ROUTERS;
