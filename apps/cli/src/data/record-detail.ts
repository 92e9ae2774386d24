import { RECORD_COLLECTIONS, type RecordKind } from '@bilat/domain/kinds';
import type { BilatApi } from './source.js';

/*
 * One record with its relations, for any kind: the API names each kind's router after its
 * collection (`people`, `meetings`), so the reader follows the domain's list and a kind
 * added there is readable here (and fails to compile if the API has no router for it).
 */

type DetailRouter = { detail: (input: { id: string }) => Promise<unknown> };

function recordDetailRouter(api: BilatApi, kind: RecordKind): DetailRouter {
  return api[RECORD_COLLECTIONS[kind]] as unknown as DetailRouter;
}

export function readRecordDetail(api: BilatApi, kind: RecordKind, id: string): Promise<unknown> {
  return recordDetailRouter(api, kind).detail({ id });
}
