import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binOf, runNode, serveFreshDatabase, type Served } from './support/serve.js';

/*
 * The examples as a reader would run them (`npx tsx examples/…`): type-checked first,
 * then run against `bilat serve` over a fresh seeded SQLite file. The typed client and
 * typed REST must print the same thing, and it must be what the server holds.
 */

const here = fileURLToPath(new URL('..', import.meta.url));
const runExample = (file: string, ...args: string[]) => runNode(['--import', 'tsx', file, ...args], { cwd: here });

describe('the examples', () => {
  let served: Served;
  let expected: { pairs: { items: { pair: string }[]; total: number }; meetings: { title: string; date: { start: string } | null }[] };

  beforeAll(async () => {
    served = await serveFreshDatabase();
    const pairs = (await (await fetch(`${served.url}/api/v1/pairs?limit=20`)).json()) as { items: { pair: string }[]; total: number };
    // Every meeting of the pair, in one page of the dossier's meetings section.
    const dossier = (await (await fetch(`${served.url}/api/v1/pairs/KZ-LT/dossier?limit=200`)).json()) as { meetings: { items: typeof expected.meetings } };
    expected = { pairs, meetings: dossier.meetings.items };
  });
  afterAll(async () => {
    await served?.stop();
  });

  it('type-check against the client and the REST types made from openapi.json', () => {
    const result = runNode([binOf('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: here });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('dossier-meetings.ts lists the pairs and prints the KZ–LT meetings through @bilat/client', () => {
    const result = runExample('dossier-meetings.ts', served.url);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const shown = expected.pairs.items.length;
    expect(lines[0]).toBe(`${expected.pairs.total} country pairs${expected.pairs.total > shown ? `, the ${shown} with most meetings` : ''}:`);
    for (const { pair } of expected.pairs.items) expect(lines.some((line) => line.startsWith(`  ${pair.padEnd(7)} `))).toBe(true);
    expect(lines).toContain(`Meetings of KZ-LT (${expected.meetings.length}):`);
    expect(expected.meetings.length).toBeGreaterThan(5);
    for (const meeting of expected.meetings) expect(lines).toContain(`  ${(meeting.date?.start ?? 'undated').padEnd(10)}  ${meeting.title}`);
  });

  it('rest-dossier-meetings.ts prints the same over REST with openapi-fetch', () => {
    const typed = runExample('dossier-meetings.ts', served.url, 'lt-kz');
    const rest = runExample('rest-dossier-meetings.ts', served.url, 'lt-kz');
    expect(rest.stderr).toBe('');
    expect(rest.status).toBe(0);
    expect(rest.stdout).toBe(typed.stdout);
  });

  it('both report a refused pair with the server’s code, and exit 1', () => {
    for (const file of ['dossier-meetings.ts', 'rest-dossier-meetings.ts']) {
      const result = runExample(file, served.url, 'KZ');
      expect([file, result.status]).toEqual([file, 1]);
      expect(result.stderr).toMatch(/^bilat: BAD_REQUEST: /);
    }
  });
});
