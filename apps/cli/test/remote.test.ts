import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilatAsync, startServer, type Server } from './support/run.js';

/*
 * The same commands over a server: `bilat serve` on one database, and the commands run
 * with --api against it must print exactly what they print on that database directly.
 */

let dir: string;
let db: string;
let server: Server;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bilat-remote-'));
  db = join(dir, 'bilat.db');
  server = await startServer(['--db', db]);
});
afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
  rmSync(dir, { recursive: true, force: true });
});

const COMMANDS: string[][] = [
  ['pairs'],
  ['dossier', 'KZ', 'LT'],
  ['dossier', 'lt-kz', '--as-of', '2024-03'],
  ['meetings', '--country', 'KZ', '--partner', 'LT'],
  ['meetings', '--country', 'KZ', '--from', '2024-03', '--limit', '3', '--all'],
  ['meetings', '--person', 'roman-vassilenko', '--kind', 'political-consultations'],
  ['meeting', 'kz-lt-political-consultations-10'],
  ['official', 'roman-vassilenko'],
  ['agreement', 'trans-caspian-route-memorandum-2024'],
  ['source', 'kazinform-2024-06-20-kz-lt-consultations'],
  ['officials', '--country', 'LT'],
  ['officials', '--post', 'deputy minister of foreign affairs', '--on', '2024-06-20'],
  ['series'],
  ['agreements', '--stage', 'signed'],
  ['organizations', '--kind', 'ministry'],
  ['visits', '--country', 'KZ', '--partner', 'LT'],
  ['interactions', 'KZ', 'LT'],
  ['changes', '--since', '2000-01-01', '--limit', '20'],
  ['trade', 'KZ', 'LT'],
  ['search', 'vasilenko'],
];

describe('local and --api modes agree', () => {
  it.each(COMMANDS.map((args) => [args.join(' '), args]))('bilat %s --json', async (_name, args) => {
    const [local, remote] = await Promise.all([bilatAsync([...(args as string[]), '--json', '--db', db]), bilatAsync([...(args as string[]), '--json', '--api', server.url])]);
    expect(local.code, local.stderr).toBe(0);
    expect(remote.code, remote.stderr).toBe(0);
    expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout));
    expect(remote.stdout).toBe(local.stdout);
  });

  it('tables, CSV and iCalendar too', async () => {
    for (const args of [['meetings', '--country', 'KZ', '--partner', 'LT', '--csv'], ['meetings', '--ics'], ['dossier', 'KZ', 'LT', '--md'], ['trade', 'KZ', 'LT']]) {
      const [local, remote] = await Promise.all([bilatAsync([...args, '--db', db]), bilatAsync([...args, '--api', server.url])]);
      // An iCalendar's DTSTAMP is when it was written; the two runs may straddle a second.
      const stable = (text: string) => text.replace(/^DTSTAMP:\d{8}T\d{6}Z/gm, 'DTSTAMP');
      expect(stable(remote.stdout), args.join(' ')).toBe(stable(local.stdout));
    }
  });

  it('takes the server from BILAT_API_URL, and errors keep their exit codes', async () => {
    const viaEnv = await bilatAsync(['pairs', '--json'], { env: { BILAT_API_URL: server.url } });
    expect(JSON.parse(viaEnv.stdout).items[0].pair).toBe('KZ-LT');
    const missing = await bilatAsync(['meeting', 'no-such-meeting', '--api', server.url]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('bilat: No meeting with id "no-such-meeting"\n');
    const badDate = await bilatAsync(['meetings', '--from', '2024-13', '--api', server.url]);
    expect(badDate.code).toBe(2);
    const both = await bilatAsync(['pairs', '--api', server.url, '--db', db]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
  });
});

/** A local port nothing listens on: taken from the system, then given back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('a server that cannot be reached', () => {
  it('is exit 1 with a clear message and no stack trace', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await bilatAsync(['meetings', '--api', url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`bilat: Cannot reach the bilat server at ${url}: connection refused.`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const asJson = await bilatAsync(['pairs', '--json', '--api', url]);
    expect(asJson.code).toBe(1);
    expect(asJson.stdout).toBe('');
    expect(JSON.parse(asJson.stderr)).toMatchObject({ error: { code: 'UNREACHABLE' } });
  });

  it('refuses an address that is not http(s) as usage', async () => {
    const result = await bilatAsync(['pairs', '--api', 'ftp://example.org']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"ftp://example.org"');
  });
});
