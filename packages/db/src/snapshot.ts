import { RECORD_KINDS, RecordSet, type KindedRecord } from '@bilat/domain';
import type { Scope } from './scope.js';
import { allRecords } from './repositories/records.js';

/**
 * Every live record in memory, for consistency checks over the whole dataset. Fine for
 * curated data; world-scale imports will check the neighbourhood of what they write.
 */
export async function loadRecordSet(scope: Scope): Promise<RecordSet> {
  const set = new RecordSet();
  for (const kind of RECORD_KINDS) {
    for (const record of await allRecords(scope, kind)) set.put({ kind, record } as KindedRecord);
  }
  return set;
}
