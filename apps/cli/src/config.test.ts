import { describe, expect, it } from 'vitest';
import { resolveDataTarget } from './config.js';
import { UsageError } from './errors.js';

describe('where the data is', () => {
  it('--api and the local database: flags beat the environment, both flags are a mistake', () => {
    expect(resolveDataTarget({ api: 'http://localhost:4000/' }, {})).toEqual({ mode: 'remote', url: 'http://localhost:4000', apiKey: undefined });
    expect(resolveDataTarget({}, { BILAT_API_URL: 'http://h:1', BILAT_API_KEY: 'k' })).toEqual({ mode: 'remote', url: 'http://h:1', apiKey: 'k' });
    expect(resolveDataTarget({ db: 'x.db' }, { BILAT_API_URL: 'http://h:1' }, '/tmp')).toMatchObject({ mode: 'local', database: { kind: 'sqlite', path: '/tmp/x.db' } });
    expect(() => resolveDataTarget({ api: 'http://h:1', db: 'x.db' }, {})).toThrow(/not both/);
    expect(() => resolveDataTarget({ api: 'localhost:4000' }, {})).toThrow(UsageError);
  });
});
