// The bench's command line: --help prints the usage (from run.mjs's header, so it names every
// measurement --only takes), and a mistyped option is refused by name with exit code 2, before
// anything is built or measured.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MEASUREMENTS } from '../run.mjs';

const RUN = fileURLToPath(new URL('../run.mjs', import.meta.url));
const bench = (...args) => spawnSync(process.execPath, [RUN, ...args], { encoding: 'utf8', timeout: 30_000 });

describe('the bench command line', () => {
  it('prints its usage with --help and -h, naming every measurement', () => {
    for (const flag of ['--help', '-h']) {
      const result = bench(flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^bilat's benchmark/);
      expect(result.stdout).toContain('--soak-seconds N');
      for (const name of MEASUREMENTS) expect(result.stdout, name).toMatch(new RegExp(`\\b${name}\\s+\\(`));
    }
  });

  it('refuses an unknown option by name, with no stack trace', () => {
    const result = bench('--quik');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--quik'");
    expect(result.stderr).toContain('--help');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
