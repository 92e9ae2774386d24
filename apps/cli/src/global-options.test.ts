import { describe, expect, it } from 'vitest';
import { onlyGlobalOptions } from './global-options.js';

const argv = (...words: string[]) => ['node', 'bilat', ...words];

describe('a command line of global options alone', () => {
  it('is read as commander reads it', () => {
    expect(onlyGlobalOptions(argv())).toEqual({});
    expect(onlyGlobalOptions(argv('--db', 'world.db'))).toEqual({ db: 'world.db' });
    expect(onlyGlobalOptions(argv('--api', 'http://localhost:4000', '--api-key', 'k1'))).toEqual({ api: 'http://localhost:4000', apiKey: 'k1' });
    // Both a file and a server: the UI's data source refuses that, naming both, as it always has.
    expect(onlyGlobalOptions(argv('--database-url', 'postgres://x/y', '--db', 'a.db'))).toEqual({ databaseUrl: 'postgres://x/y', db: 'a.db' });
  });

  it('is left to commander when it holds anything else', () => {
    for (const words of [['pairs'], ['--db', 'a.db', 'pairs'], ['--help'], ['-V'], ['--db'], ['--db', '--api'], ['--db=a.db'], ['--db', 'a.db', '--db', 'b.db'], ['--', '--db', 'a.db'], ['--verbose', 'x']]) {
      expect(onlyGlobalOptions(argv(...words)), words.join(' ')).toBeUndefined();
    }
  });
});
