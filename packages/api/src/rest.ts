import type { RecordKind } from '@bilat/domain';

/** Where the REST routes are mounted, on `bilat serve` and the web server alike. */
export const REST_BASE_PATH = '/api/v1';

/** The REST collection of each record kind (`/api/v1/<collection>/{id}`), as the OpenAPI document names them. */
export const REST_COLLECTIONS = {
  source: 'sources',
  place: 'places',
  organization: 'organizations',
  post: 'posts',
  person: 'officials',
  holding: 'holdings',
  series: 'series',
  visit: 'visits',
  meeting: 'meetings',
  agreement: 'agreements',
  statement: 'statements',
  commitment: 'commitments',
  trade: 'trade',
  investment: 'investment',
  indicator: 'indicators',
  dispute: 'disputes',
  interaction: 'interactions',
} as const satisfies Record<RecordKind, string>;
