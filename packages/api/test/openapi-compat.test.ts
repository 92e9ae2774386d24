import { describe, expect, it } from 'vitest';
import { checkCommitted, compareDocuments, type ApiChange } from '../src/openapi-compat.js';

/*
 * The comparison of OpenAPI documents behind the versioning check, on small documents:
 * what breaks a client made from the first and what only adds to it.
 */

type Json = Record<string, unknown>;

const meeting = (extra: Json = {}, required = ['id', 'date']): Json => ({
  type: 'object',
  properties: { id: { type: 'string' }, date: { anyOf: [{ type: 'string' }, { type: 'null' }] }, kind: { type: 'string', enum: ['summit', 'talks'] }, ...extra },
  required,
});

/** A document with one read (GET /meetings/{id}) and one write (POST /meetings). */
function document(options: { version?: string; output?: Json; input?: Json; query?: Json[]; components?: Json; paths?: Json } = {}): Json {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: options.version ?? '1.0.0' },
    paths: {
      '/meetings/{id}': {
        get: {
          parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }, ...(options.query ?? [{ in: 'query', name: 'asOf', schema: { type: 'string' } }])],
          responses: { 200: { content: { 'application/json': { schema: options.output ?? { $ref: '#/components/schemas/Meeting' } } } } },
        },
      },
      '/meetings': {
        post: {
          requestBody: { required: true, content: { 'application/json': { schema: options.input ?? meeting() } } },
          responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Meeting' } } } } },
        },
      },
      ...((options.paths as object) ?? {}),
    },
    components: { schemas: { Meeting: meeting(), ...((options.components as object) ?? {}) } },
  };
}

const breaking = (changes: ApiChange[]) => changes.filter((change) => change.breaking).map((change) => `${change.where}: ${change.what}`);
const additive = (changes: ApiChange[]) => changes.filter((change) => !change.breaking).map((change) => `${change.where}: ${change.what}`);

describe('comparing OpenAPI documents', () => {
  it('finds nothing between a document and itself', () => {
    expect(compareDocuments(document(), document())).toEqual([]);
  });

  it('a removed operation or output field breaks clients; an added one does not', () => {
    const before = document({ paths: { '/old': { get: { responses: {} } } } });
    const after = document({ components: { Meeting: meeting({ place: { type: 'string' } }) }, paths: { '/new': { get: { responses: {} } } } });
    delete (after.components as { schemas: Json }).schemas.unused;
    const changes = compareDocuments(before, after);
    expect(breaking(changes)).toEqual(['GET /old: operation removed']);
    // Inside a named shape, a change is the shape's, with the operations it reaches.
    expect(changes.find((change) => change.what === 'output field added')).toEqual({
      breaking: false,
      where: 'components/schemas/Meeting → place',
      what: 'output field added',
      operations: ['GET /meetings/{id}', 'POST /meetings'],
    });
    expect(additive(changes)).toContain('GET /new: operation added');

    const withoutKind = meeting();
    delete (withoutKind.properties as Json).kind;
    expect(breaking(compareDocuments(document(), document({ components: { Meeting: withoutKind } })))).toEqual(['components/schemas/Meeting → kind: output field removed']);
  });

  it('an output that may now be null, or missing, breaks clients', () => {
    const nullable = meeting({ id: { anyOf: [{ type: 'string' }, { type: 'null' }] } });
    expect(breaking(compareDocuments(document(), document({ output: nullable })))).toEqual(['GET /meetings/{id}, 200 response → id: may now be null']);
    expect(breaking(compareDocuments(document(), document({ output: meeting({}, ['id']) })))).toEqual(['GET /meetings/{id}, 200 response → date: output field may now be missing']);
    // The other way round is a narrowing of what is sent: fine for clients.
    expect(breaking(compareDocuments(document({ output: nullable }), document()))).toEqual([]);
  });

  it('a new enum value in an answer is additive; a value refused in an input breaks', () => {
    const moreKinds = meeting({ kind: { type: 'string', enum: ['summit', 'talks', 'forum'] } });
    const fewerKinds = meeting({ kind: { type: 'string', enum: ['summit'] } });
    expect(compareDocuments(document(), document({ output: moreKinds }))).toEqual([
      { breaking: false, where: 'GET /meetings/{id}, 200 response → kind', what: 'may now be "forum"', operations: ['GET /meetings/{id}'] },
    ]);
    expect(breaking(compareDocuments(document(), document({ input: fewerKinds })))).toEqual(['POST /meetings, request body → kind: no longer accepts "talks"']);
    expect(breaking(compareDocuments(document(), document({ input: moreKinds })))).toEqual([]);
  });

  it('a new required input or a newly required one breaks; an optional one does not', () => {
    const required = meeting({ title: { type: 'string' } }, ['id', 'date', 'title']);
    expect(breaking(compareDocuments(document(), document({ input: required })))).toEqual(['POST /meetings, request body → title: input field added, required']);
    expect(breaking(compareDocuments(document(), document({ input: meeting({ title: { type: 'string' } }) })))).toEqual([]);
    expect(breaking(compareDocuments(document(), document({ input: meeting({}, ['id', 'date', 'kind']) })))).toEqual(['POST /meetings, request body → kind: input field is now required']);
    expect(breaking(compareDocuments(document(), document({ query: [{ in: 'query', name: 'asOf', required: true, schema: { type: 'string' } }] })))).toEqual([
      'GET /meetings/{id}: query parameter "asOf" is now required',
    ]);
    expect(breaking(compareDocuments(document(), document({ query: [] })))).toEqual(['GET /meetings/{id}: query parameter "asOf" removed']);
  });

  it('an input accepting less breaks: another type, a tighter bound, a pattern', () => {
    const narrowed = meeting({ id: { type: 'integer' }, kind: { type: 'string', enum: ['summit', 'talks'], maxLength: 5 } });
    expect(breaking(compareDocuments(document(), document({ input: narrowed })))).toEqual([
      'POST /meetings, request body → id: no longer accepts a string',
      'POST /meetings, request body → kind: maxLength 5',
    ]);
    const patterned = document({ query: [{ in: 'query', name: 'asOf', schema: { type: 'string', pattern: '^\\d{4}$' } }] });
    expect(breaking(compareDocuments(document(), patterned))).toEqual(['GET /meetings/{id}, query parameter "asOf": pattern added: ^\\d{4}$']);
    expect(breaking(compareDocuments(patterned, document()))).toEqual([]);
  });

  it('follows references, and a shape that contains itself ends', () => {
    const tree = { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } }, required: ['name'] };
    const before = document({ output: { $ref: '#/components/schemas/Tree' }, components: { Tree: tree } });
    const renamed = { ...tree, properties: { label: { type: 'string' }, children: tree.properties.children }, required: ['label'] };
    const after = document({ output: { $ref: '#/components/schemas/Tree' }, components: { Tree: renamed } });
    expect(breaking(compareDocuments(before, after))).toEqual(['components/schemas/Tree → name: output field removed']);
  });
});

describe('checking the committed document', () => {
  it('is satisfied when the server answers the committed document', () => {
    expect(checkCommitted(document(), document())).toMatchObject({ allowed: true, upToDate: true });
  });

  it('asks for the document to be regenerated after an additive change', () => {
    const check = checkCommitted(document(), document({ components: { Meeting: meeting({ place: { type: 'string' } }) } }));
    expect(check).toMatchObject({ allowed: true, upToDate: false });
    expect(check.message).toContain('none of them breaking');
    expect(check.message).toContain('npm run openapi:update');
  });

  it('refuses a breaking change under the same major, naming what broke and the command to run', () => {
    const check = checkCommitted(document({ version: '1.4.0' }), document({ version: '1.5.0', query: [] }));
    expect(check.allowed).toBe(false);
    expect(check.message).toContain('GET /meetings/{id}: query parameter "asOf" removed');
    expect(check.message).toContain('npm version 2.0.0 --no-git-tag-version -w @bilat/api -w @bilat/client');
    expect(check.message).toContain('npm run openapi:update');
  });

  it('lets a breaking change through once the major is raised, asking for the document', () => {
    const check = checkCommitted(document({ version: '1.4.0' }), document({ version: '2.0.0', query: [] }));
    expect(check).toMatchObject({ allowed: true, upToDate: false });
    expect(check.message).toContain('under the new major version 2.0.0');
  });

  it('refuses a version that went down, and says how to start without a document', () => {
    expect(checkCommitted(document({ version: '2.0.0' }), document({ version: '1.9.0' })).allowed).toBe(false);
    expect(checkCommitted(undefined, document()).message).toContain('npm run openapi:update');
  });
});
