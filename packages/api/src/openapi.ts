import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { importRouteDocument } from './imports.js';
import { REST_BASE_PATH, REST_COLLECTIONS } from './rest.js';
import { appRouter } from './root.js';
import { namedSchemas } from './schema-names.js';
import { API_VERSION } from './version.js';


let cached: OpenAPIObject | undefined;

type JsonSchema = Record<string, unknown>;

const nullOr = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
const recordRef: JsonSchema = { type: 'object', properties: { kind: { type: 'string' }, id: { type: 'string' } }, required: ['kind', 'id'] };

const MISSED_CHANGE: JsonSchema = {
  type: 'object',
  properties: {
    revision: { type: 'integer' },
    at: { type: 'string' },
    actor: { type: 'string' },
    action: { type: 'string', enum: ['create', 'update', 'delete', 'restore', 'merge'] },
    batchId: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  },
  required: ['revision', 'at', 'actor', 'action', 'batchId'],
};

/** What trpc.ts's error formatter adds to every error body, so a client can act on it. */
const ERROR_DATA_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'Details of the error: field paths for invalid input, the broken consistency checks, the records that still point at a record',
  properties: {
    code: { type: 'string', example: 'BAD_REQUEST' },
    httpStatus: { type: 'integer', example: 400 },
    path: { type: 'string', description: 'The procedure, e.g. meetings.create' },
    validation: nullOr({
      type: 'object',
      properties: {
        fieldErrors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        issues: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } }, required: ['path', 'message'] },
        },
      },
      required: ['fieldErrors', 'issues'],
    }),
    violations: nullOr({
      type: 'array',
      items: {
        type: 'object',
        properties: { check: { type: 'string' }, message: { type: 'string' }, records: { type: 'array', items: recordRef } },
        required: ['check', 'message', 'records'],
      },
    }),
    dependents: nullOr({ type: 'array', items: recordRef }),
    bundleIssues: nullOr({ type: 'array', items: { type: 'object' } }),
    current: nullOr({
      type: 'object',
      description: 'With a 412 (or a tRPC CONFLICT for a stale expectedRevision): the record as it is now',
      properties: {
        kind: { type: 'string' },
        id: { type: 'string' },
        record: { type: 'object', description: 'The record, in the shape GET answers it' },
        revision: { type: 'integer', description: 'Its current revision: the ETag to send with a change re-applied onto it' },
        deletedAt: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'Set when the record has been deleted since' },
        updatedAt: { type: 'string' },
      },
      required: ['kind', 'id', 'record', 'revision', 'deletedAt', 'updatedAt'],
    }),
    base: { description: 'With a 412 (or CONFLICT): the record as it was at the revision the write was based on, when the revision log can tell; null otherwise' },
    changesSince: nullOr({ type: 'array', description: 'The changes made since the revision the write was based on, oldest first', items: MISSED_CHANGE }),
    editedSince: nullOr({
      type: 'array',
      description: 'An undo refused: the records of the batch changed since, with those changes',
      items: { type: 'object', properties: { kind: { type: 'string' }, id: { type: 'string' }, changes: { type: 'array', items: MISSED_CHANGE } }, required: ['kind', 'id', 'changes'] },
    }),
  },
  required: ['code', 'httpStatus'],
};

/**
 * trpc-to-openapi documents error bodies as `{ message, code, issues: [{ message }] }`
 * only, while the REST handler also sends the formatter's `data` and zod's whole issue
 * objects; and it documents no 409 although writes answer CONFLICT. This makes the
 * document say what the server sends.
 */
function documentErrors(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
  schemas['error.data'] = ERROR_DATA_SCHEMA;
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.startsWith('error.') || name === 'error.data') continue;
    const properties = schema.properties as Record<string, JsonSchema>;
    properties.data = { $ref: '#/components/schemas/error.data' };
    schema.required = [...new Set([...((schema.required as string[] | undefined) ?? []), 'data'])];
    const issues = properties.issues as JsonSchema & { items?: JsonSchema };
    if (issues?.items) delete issues.items.additionalProperties;
  }
  const badRequest = schemas['error.BAD_REQUEST'];
  if (badRequest) {
    const copy = structuredClone(badRequest);
    (copy.properties as Record<string, JsonSchema>).code = { type: 'string', description: 'The error code', example: 'CONFLICT' };
    schemas['error.CONFLICT'] = { ...copy, title: 'Conflict error (409)', example: { code: 'CONFLICT', message: 'Refused: 1 consistency rule(s) broken' } };
  }
  const conflict = {
    description: 'A consistency rule would break (data.violations names the check), the id is taken, or other records point at this one (data.dependents)',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/error.CONFLICT' } } },
  };
  for (const methods of Object.values(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods as Record<string, { responses?: Record<string, unknown> }>)) {
      if (['post', 'put', 'delete'].includes(method) && operation.responses && !operation.responses['409']) operation.responses['409'] = conflict;
    }
  }
  return document;
}

const ETAG_HEADER = {
  description: 'The revision of the record: send it back as If-Match with a change based on this version',
  schema: { type: 'string', example: '"1234"' },
};

const IF_MATCH_PARAMETER = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description:
    'The ETag of the version this change is based on. If the record has changed since, nothing is written and the answer is 412 with the current version (data.current). Without If-Match the change applies to whatever is current.',
  schema: { type: 'string', example: '"1234"' },
};

type Operation = { parameters?: unknown[]; responses?: Record<string, { headers?: Record<string, unknown> }> };

/**
 * Revisions are HTTP headers, which trpc-to-openapi does not know of: the ETag of every
 * answer that is one record, If-Match on every write that can be refused as stale, and
 * the 412 that refusal is.
 */
function documentRevisions(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const conflict = schemas['error.CONFLICT'];
  if (conflict) {
    const copy = structuredClone(conflict);
    (copy.properties as Record<string, JsonSchema>).code = { type: 'string', description: 'The error code', example: 'PRECONDITION_FAILED' };
    schemas['error.PRECONDITION_FAILED'] = { ...copy, title: 'Precondition failed error (412)', example: { code: 'PRECONDITION_FAILED', message: 'The meeting … changed since revision 12 …' } };
  }
  const stale = {
    description: 'The record has changed since the revision in If-Match (or expectedRevision): nothing was written. data.current is the record now (its revision also in the ETag), data.changesSince what changed.',
    headers: { ETag: ETAG_HEADER },
    content: { 'application/json': { schema: { $ref: '#/components/schemas/error.PRECONDITION_FAILED' } } },
  };
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const methods of Object.values(paths)) {
    for (const operation of Object.values(methods)) {
      if (!JSON.stringify(operation).includes('"expectedRevision"')) continue;
      operation.parameters = [...(operation.parameters ?? []), IF_MATCH_PARAMETER];
      if (operation.responses) operation.responses['412'] = stale;
    }
  }
  const withETag = (path: string, method: string) => {
    const ok = paths[path]?.[method]?.responses?.['200'];
    if (ok) ok.headers = { ...ok.headers, ETag: ETAG_HEADER };
  };
  for (const collection of new Set(Object.values(REST_COLLECTIONS))) {
    withETag(`/${collection}/{id}`, 'get');
    withETag(`/${collection}/{id}/detail`, 'get');
    withETag(`/${collection}`, 'post');
    withETag(`/${collection}/{id}`, 'put');
    withETag(`/${collection}/{id}/restore`, 'post');
  }
  return document;
}

/**
 * zod-openapi names a shared schema's input form `X` and, where the output differs (a
 * default filled in), its output `XOutput`. Clients read far more than they write, and
 * @bilat/client calls them `X` and `XInput`: the document follows the client.
 */
function nameOutputsPlainly(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const renames = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    if (name.endsWith('Output') && schemas[name.slice(0, -'Output'.length)]) {
      const plain = name.slice(0, -'Output'.length);
      renames.set(plain, `${plain}Input`);
      renames.set(name, plain);
    }
  }
  if (!renames.size) return document;
  const prefix = '#/components/schemas/';
  const renamed = JSON.parse(JSON.stringify(document), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith(prefix) ? `${prefix}${renames.get(value.slice(prefix.length)) ?? value.slice(prefix.length)}` : value,
  ) as OpenAPIObject;
  const before = (renamed.components?.schemas ?? {}) as Record<string, JsonSchema>;
  renamed.components!.schemas = Object.fromEntries(Object.keys(before).map((name) => [renames.get(name) ?? name, before[name]!])) as never;
  return renamed;
}

/**
 * trpc-to-openapi marks every request body required; the server takes a POST or PUT
 * without one as an empty input (server.ts), so a body none of whose fields is required
 * may be left out, and the document says so.
 */
function documentOptionalBodies(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const resolve = (schema: JsonSchema | undefined): JsonSchema | undefined =>
    typeof schema?.$ref === 'string' ? schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
  for (const methods of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(methods as Record<string, { requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> } }>)) {
      const body = operation.requestBody;
      const schema = resolve(body?.content?.['application/json']?.schema);
      if (body && schema?.type === 'object' && !((schema.required as string[] | undefined)?.length)) body.required = false;
    }
  }
  return document;
}

/** The upload route is plain HTTP (a streamed body is no procedure input): documented by hand. */
function documentImports(document: OpenAPIObject): OpenAPIObject {
  (document.paths ??= {})['/imports/{format}'] = importRouteDocument() as never;
  return document;
}

/** The OpenAPI 3.1 document of the REST routes, generated from the same procedures as tRPC. */
export function openApiDocument(): OpenAPIObject {
  cached ??= documentImports(documentOptionalBodies(documentRevisions(documentErrors(nameOutputsPlainly(
    generateOpenApiDocument(appRouter, {
      title: 'bilat API',
      description:
        'A typed, source-backed record of bilateral relations between countries. Reads are open unless the server runs with --private; writes need an API key with the "write" scope (Authorization: Bearer <key>). Every record read carries its revision as the ETag; a change sent with If-Match is refused (412, the current version in the answer) when the record has changed since, and a change without If-Match applies to whatever is current.',
      version: API_VERSION,
      openApiVersion: '3.1.0',
      baseUrl: REST_BASE_PATH,
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key made with `bilat keys create`' } },
      // Named shapes: each is described once and referred to, as the client's types name them.
      defs: Object.fromEntries(namedSchemas().map(({ name, schema }) => [name, schema])),
    }),
  )))));
  return cached;
}
