import { RECORD_COLLECTIONS, type RecordKind } from '@bilat/domain';

/** Where the REST routes are mounted, on `bilat serve` and the web server alike. */
export const REST_BASE_PATH = '/api/v1';

/** The REST collection of each record kind (`/api/v1/<collection>/{id}`), as the OpenAPI document names them. */
export const REST_COLLECTIONS = { ...RECORD_COLLECTIONS, person: 'officials' } as const satisfies Record<RecordKind, string>;
