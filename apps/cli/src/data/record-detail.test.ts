import { appRouter } from '@bilat/api';
import { RECORD_COLLECTIONS, RECORD_KINDS } from '@bilat/domain/kinds';
import { describe, expect, it } from 'vitest';

describe('record details', () => {
  it('every kind the domain lists has a detail procedure where the reader looks for it', () => {
    const procedures = Object.keys(appRouter._def.procedures);
    for (const kind of RECORD_KINDS) expect(procedures, kind).toContain(`${RECORD_COLLECTIONS[kind]}.detail`);
  });
});
