import { countRevisions, scopeOf } from '@bilat/db';
import { RECORD_KINDS, type RecordKind } from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller, REST_BASE_PATH } from '../src/index.js';
import { startServer, type RunningServer } from '../src/server.js';
import { callerFor, procedurePaths, SEED_SOURCE, type ApiCaller } from './support/api.js';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends.js';
import { snapshot } from './support/inspect.js';
import type { OpenApiDocument } from './support/openapi.js';
import { drafts, ROUTER_OF } from './support/records.js';

/*
 * Random and hostile input at every procedure of the router, called in-process with a
 * caller that may write: wrong types, huge strings, SQL and HTML fragments, deep objects,
 * unicode, numbers where strings go, missing and extra fields, and valid inputs with one
 * of those swapped in. No call may end in INTERNAL_SERVER_ERROR, and a refused write
 * leaves the database exactly as it was. A smaller run sends random query strings to
 * the REST routes: no 500.
 */

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 50);

const SQL_FRAGMENTS = [
  "'; drop table people; --",
  '" OR 1=1 --',
  "1; DELETE FROM meetings WHERE '1'='1",
  "') UNION SELECT secret_hash FROM api_keys --",
  "%' AND '1'='1",
  'roman-vassilenko\'--',
  '$1',
  '?',
  '*',
  '%',
  '_',
  '\\',
];
const HTML_FRAGMENTS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg/onload=alert(1)>', '&lt;&amp;&#0;', '{{7*7}}', '${process.exit(1)}'];
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uFFFF',
  '\u202Eevil',
  '🇰🇿🇱🇹',
  'Клайпеда',
  'Z̸̢̛a̴l̷g̵o̶',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  'KZ',
  'kz-lt',
  'KZ-LT',
  'EU',
  '2024-06-20',
  '2024-02-30',
  '2024-13',
  '0000',
  '99999-01-01',
  'p0',
  'c5-1',
  'roman-vassilenko',
  'kz-lt-political-consultations-10',
  SEED_SOURCE,
];

/** Pieces spliced into otherwise valid text: control characters, lone surrogates, markup, SQL. */
const FRAGMENTS = ['\u0000', 'a\u0000b', '\u0000\u0000', '\uD800', '\uDFFF', '\u202E', '\u0007', '\r\n', '🇰🇿', 'ė', "'", '"', '\\', '%', ...SQL_FRAGMENTS.slice(0, 4), ...HTML_FRAGMENTS.slice(0, 2)];

const hugeString = fc.constantFrom(1_000, 70_000, 600_000).chain((length) => fc.constantFrom('x', 'é', '<', "'", '\u0000').map((unit) => unit.repeat(length)));
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SQL_FRAGMENTS, ...HTML_FRAGMENTS, ...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: hugeString },
);

/** An object nested `depth` levels: { a: { a: … } }. */
const deepObject = fc.integer({ min: 20, max: 3000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { a: value, id: 'x' };
  return value;
});

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 2 ** 53, Number.MAX_VALUE, Infinity, -Infinity, NaN)) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  // Made afresh each time: a shared instance, once placed in two inputs or twice in one, would
  // be mutated by the edits below and could end up its own prototype.
  { weight: 1, arbitrary: fc.constantFrom('array', 'object').map((shape) => (shape === 'array' ? [] : {})) },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: deepObject },
  {
    weight: 2,
    arbitrary: fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: true, withDate: true, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, stringUnit: 'binary' }),
  },
);

/** The live id of a curated record of each kind, for inputs that look right. */
const REAL_IDS: Record<RecordKind, string> = {
  source: SEED_SOURCE,
  place: 'klaipeda',
  organization: 'port-of-klaipeda',
  post: 'klaipeda-mayor',
  person: 'jonas-survila',
  holding: 'jonas-survila-lt-vice-minister-of-foreign-affairs',
  series: 'kz-lt-political-consultations',
  visit: 'karabayev-lithuania-2024-05',
  meeting: 'kz-lt-political-consultations-10',
  agreement: 'trans-caspian-route-memorandum-2024',
  statement: 'vassilenko-2024-06-transport-confidence',
  commitment: 'implement-igc-14-decisions',
  trade: 'kz-lt-trade-2023-export-kz',
  investment: 'lt-kz-direct-investment-2005-2023-09',
  indicator: 'kz-companies-with-lt-capital-2024-01-01',
  dispute: 'tleuberdi-kz-fm-start',
  // The curated data has no machine-coded interactions: updates here meet NOT_FOUND.
  interaction: 'no-such-interaction',
  // Nor relations events: the Office of the Historian's set is not in these test databases.
  relation: 'no-such-relation',
};

const KIND_OF_ROUTER = new Map(RECORD_KINDS.map((kind) => [ROUTER_OF[kind], kind]));

/** An input the procedure would accept (or nearly): the base the mutations below start from. */
function validInput(path: string): Record<string, unknown> {
  const [router, procedure] = path.split('.') as [string, string | undefined];
  const kind = KIND_OF_ROUTER.get(router);
  if (kind && procedure) {
    switch (procedure) {
      case 'list':
        return { country: 'KZ', partner: 'LT', from: '2020', to: '2024-06', q: 'klaipeda', limit: 5 };
      case 'create':
        return { ...(drafts[kind](900) as Record<string, unknown>) };
      case 'update':
        return { ...(drafts[kind](901) as Record<string, unknown>), id: REAL_IDS[kind] };
      default:
        return { id: REAL_IDS[kind] };
    }
  }
  const others: Record<string, Record<string, unknown>> = {
    'countries.list': { withRecords: true },
    'countries.get': { code: 'KZ' },
    'pairs.list': {},
    'pairs.dossier': { pair: 'KZ-LT', asOf: '2024' },
    'people.holders': { post: 'minister', on: '2024-06-20', country: 'KZ' },
    'people.merge': { id: 'jonas-survila', into: 'roman-vassilenko' },
    search: { q: 'klaipeda', kinds: 'person,meeting', limit: 5 },
    changes: { since: '2024-01-01', kind: 'meeting', limit: 5 },
    'keys.create': { name: 'fuzz', scope: 'read' },
    'keys.list': {},
    'keys.revoke': { id: 'abcdefghij' },
    'extract.draft': { text: 'Minister of Transport Marat Karabaev visited Lithuania in May. In 2023, trade came to 223,6 million US dollars.', published: '2024-06-20', publisher: 'Fuzz News' },
    'extract.save': { bundle: { format: 'bilat/bundle', version: 1, sources: [{ id: 'fuzz-report', title: 'A report', publisher: 'Fuzz News', published: '2024-06-20', text: 'A report.' }] } },
  };
  return { ...(others[path] ?? {}) };
}

type Leaf = { path: (string | number)[]; value: string };

/** Every string inside a value, with where it is (three levels down at most). */
function stringLeaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (path.length >= 3 || !value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, entry]) => stringLeaves(entry, [...path, Array.isArray(value) ? Number(key) : key]));
}

function setAt(target: unknown, path: (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

/**
 * A valid input with one to three edits: a string in it spliced with a hostile fragment,
 * a field replaced by a hostile value, removed, or joined by an extra one.
 */
function mutatedInput(path: string): fc.Arbitrary<unknown> {
  const base = validInput(path);
  const keys = Object.keys(base);
  const leaves = stringLeaves(base);
  const splice = leaves.length
    ? fc.record({ leaf: fc.constantFrom(...leaves), fragment: fc.constantFrom(...FRAGMENTS), where: fc.constantFrom('before', 'after', 'instead') })
    : fc.constant(undefined);
  const edit = fc.record({
    op: fc.constantFrom('set', 'set', 'delete', 'add', 'nested'),
    key: keys.length ? fc.constantFrom(...keys) : fc.constant('extra'),
    value: hostileValue,
    name: fc.oneof(hostileString.filter((name) => name.length < 100), fc.constantFrom('__proto__', 'constructor', 'id', 'citations')),
  });
  const changes = fc
    .tuple(fc.array(splice, { minLength: 0, maxLength: 2 }), fc.array(edit, { minLength: 0, maxLength: 2 }))
    .filter(([splices, edits]) => splices.some(Boolean) || edits.length > 0);
  return changes.map(([splices, edits]) => {
    const input: Record<string, unknown> = structuredClone(base);
    for (const spliced of splices) {
      if (!spliced) continue;
      const { leaf, fragment, where } = spliced;
      setAt(input, leaf.path, where === 'before' ? fragment + leaf.value : where === 'after' ? leaf.value + fragment : fragment);
    }
    for (const { op, key, value, name } of edits) {
      if (op === 'set') input[key] = value;
      else if (op === 'delete') delete input[key];
      else if (op === 'add') Object.defineProperty(input, name, { value, enumerable: true, configurable: true, writable: true });
      else {
        const inner = input[key];
        if (Array.isArray(inner) && inner.length) inner[0] = value;
        // An own property, as JSON.parse makes even of "__proto__"; assignment would set the prototype instead.
        else if (inner && typeof inner === 'object' && inner !== value && canDefine(inner, name)) Object.defineProperty(inner, name, { value, enumerable: true, configurable: true, writable: true });
        else input[key] = { [name]: value };
      }
    }
    return input;
  });
}

/** Whether `name` can be made an own property of `target` (a boxed string's indices, for one, cannot). */
function canDefine(target: object, name: string): boolean {
  const existing = Object.getOwnPropertyDescriptor(target, name);
  return existing ? existing.configurable === true : Object.isExtensible(target);
}

const inputFor = (path: string): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: mutatedInput(path) }, { weight: 1, arbitrary: hostileValue });

function procedureAt(caller: ApiCaller, path: string): (input: unknown) => Promise<unknown> {
  let target: unknown = caller;
  for (const key of path.split('.')) target = (target as Record<string, unknown>)[key];
  return target as (input: unknown) => Promise<unknown>;
}

/** JSON text of a value, as near as JSON gets (bigints as strings, the rest as JSON.stringify makes it). */
function asJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, entry: unknown) => (typeof entry === 'bigint' ? entry.toString() : entry)) ?? 'null';
  } catch {
    // (JSON.stringify throws on a value whose toJSON does, such as an object built on Date.prototype that is no
    // date; String then throws too, for the same reason: such a value is sent as its tag, "[object Array]".)
    try {
      return String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
}

/** Every UTF-8 byte of the text as %XX (a lone surrogate becomes U+FFFD, as any client would send it). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}

const isWrite = (path: string) => /\.(create|update|delete|restore|merge|revoke|save)$/.test(path);

describe.each(BACKENDS)('hostile input at every procedure on %s', (dialect) => {
  let testDb: TestDatabase;
  let caller: ApiCaller;
  const outcomes = { refused: 0, succeeded: 0, succeededWrites: 0 };

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect, { seed: true });
    caller = callerFor(testDb.database, localCaller('local:fuzz'));
  });
  afterAll(async () => {
    await testDb?.dispose();
  });

  it.each(procedurePaths())('%s: never INTERNAL_SERVER_ERROR; a refused write changes nothing', async (path) => {
    const call = procedureAt(caller, path);
    const write = isWrite(path);
    const scope = scopeOf(testDb.database);
    // What the database must still be after the refused calls; rolled forward when a call succeeds.
    let baseline = write ? await snapshot(testDb.database) : undefined;
    let succeededHere = 0;
    await fc.assert(
      fc.asyncProperty(inputFor(path), async (input) => {
        const revisionsBefore = write ? await countRevisions(scope) : 0;
        try {
          await call(input);
          outcomes.succeeded += 1;
          if (write) {
            outcomes.succeededWrites += 1;
            succeededHere += 1;
            baseline = await snapshot(testDb.database);
          }
        } catch (error) {
          outcomes.refused += 1;
          expect(error).toBeInstanceOf(TRPCError);
          const { code, message, cause } = error as TRPCError;
          expect(code, `${message} ${cause instanceof Error ? cause.stack : ''}`).not.toBe('INTERNAL_SERVER_ERROR');
          if (write) expect(await countRevisions(scope)).toBe(revisionsBefore);
        }
      }),
      { numRuns: RUNS },
    );
    if (write) expect(await snapshot(testDb.database), `${path}: ${succeededHere} call(s) succeeded`).toEqual(baseline);
  });

  it('refused far more than it let through, so the hostile inputs were hostile', () => {
    expect(outcomes.refused).toBeGreaterThan(outcomes.succeeded);
    expect(outcomes.refused).toBeGreaterThan(procedurePaths().length * RUNS * 0.5);
  });
});

describe('random query strings at the REST routes', () => {
  let testDb: TestDatabase;
  let server: RunningServer;
  let document: OpenApiDocument;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite', { seed: true });
    server = await startServer({ database: testDb.database, port: 0, logger: false, rateLimit: false });
    document = (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDocument;
  });
  afterAll(async () => {
    await server?.close();
    await testDb?.dispose();
  });

  it('GET routes with random parameters and path segments: never a 500', async () => {
    const routes = Object.entries(document.paths)
      .filter(([, methods]) => methods.get)
      .map(([path, methods]) => ({ path, names: (methods.get!.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name) }));
    const queryValue = fc.oneof(hostileString.filter((value) => value.length < 5000), fc.integer().map(String), fc.constantFrom('true', 'false', '[]', '{}'));
    const request = fc.constantFrom(...routes).chain(({ path, names }) =>
      fc.record({
        path: fc.constant(path),
        // Already percent-encoded: real ids, raw bytes that are not UTF-8, and hostile text.
        segment: fc.oneof(
          fc.constantFrom('KZ', 'KZ-LT', 'roman-vassilenko', 'kz-lt-political-consultations-10', '%FF', '%00', '%C0%AF', '..', '%2e%2e%2f', '%25', '%E2%80%AE'),
          hostileString.filter((value) => value.length > 0 && value.length < 300).map(percentEncode),
        ),
        params: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names, 'cursor', 'limit', 'extra'), hostileString.filter((value) => value.length < 50)), queryValue), { maxLength: 5 }),
      }),
    );
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ path, segment, params }) => {
        const query = new URLSearchParams();
        for (const [name, value] of params) query.append(name, value);
        const url = `${server.url}${REST_BASE_PATH}${path.replace(/\{\w+\}/g, segment)}?${query}`;
        const response = await fetch(url);
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${url}\n${text.slice(0, 500)}`).toBeLessThan(500);
      }),
      { numRuns: RUNS * 4 },
    );
    // Both answers and refusals were met.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  });

  it('tRPC with a random input parameter or body: never a 500', async () => {
    const paths = procedurePaths();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.oneof(hostileString.filter((value) => value.length < 5000), hostileValue.map(asJson)), async (path, raw) => {
        // Bodies are read to the end: an unread response keeps its connection busy, and the server's close() waiting.
        const get = await fetch(`${server.url}/trpc/${path}?input=${percentEncode(raw)}`);
        const getText = await get.text();
        expect(get.status, `GET ${path} ${raw.slice(0, 200)}\n${getText.slice(0, 300)}`).toBeLessThan(500);
        const post = await fetch(`${server.url}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
        const postText = await post.text();
        expect(post.status, `POST ${path} ${raw.slice(0, 200)}\n${postText.slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
