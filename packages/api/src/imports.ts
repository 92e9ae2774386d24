import { scopeAllows, type BilatDatabase } from '@bilat/db';
import { isCountryCode } from '@bilat/domain';
import { proposeFromBatch } from './watch/importer-drafts.js';
import { ENCODINGS, IMPORT_FORMAT_NAMES, runImport, streamInput, unpackArchive, type ImportInput, type TextEncoding } from '@bilat/interchange';
import type { Caller } from './context.js';
import { REST_BASE_PATH } from './rest.js';

/*
 * POST /api/v1/imports/{format}: a file streamed as the raw request body (never held
 * whole), imported in one transaction exactly as `bilat import` does, answered with the
 * same report. Needs a key with the write scope. Shared by `bilat serve` (Fastify) and
 * the web server (a route handler). `hsg` reads a folder: the body is a tar archive of it,
 * gzipped or not (`tar -czf - -C hsg . | curl --data-binary @- …`), unpacked as it
 * arrives into a temporary folder that is removed afterwards.
 */

/** Where the route is mounted. */
export const IMPORT_ROUTE = `${REST_BASE_PATH}/imports/{format}`;

/** Largest upload, in bytes (1 GiB), unless the server is given another limit. */
export const DEFAULT_IMPORT_LIMIT = 1024 * 1024 * 1024;

export interface UploadRequest {
  database: BilatDatabase;
  caller: Caller;
  format: string;
  query: Record<string, string | string[] | undefined>;
  body: AsyncIterable<Uint8Array> | null;
  /** Declared size (Content-Length), when the client sent one. */
  length?: number;
  limit?: number;
}

export interface UploadResponse {
  status: number;
  body: unknown;
  /**
   * False when the answer comes before the whole body was read (too large, not the
   * format): the connection must then close, or a client reusing it would hang.
   */
  drained: boolean;
}

class PayloadTooLarge extends Error {}

const error = (status: number, code: string, message: string, data: Record<string, unknown> = {}): UploadResponse => ({
  status,
  body: { code, message, data: { code, httpStatus: status, ...data } },
  drained: false,
});

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Counts bytes as they stream and stops past the limit; `state.drained` says the body was read to its end. */
async function* limited(body: AsyncIterable<Uint8Array>, limit: number, state: { drained: boolean }): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) throw new PayloadTooLarge();
    yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  state.drained = true;
}

const READ_ERRORS = new Set(['EncodingError', 'LineTooLongError', 'CsvSyntaxError', 'JsonSyntaxError', 'UsageError', 'BundleError']);

export async function handleImportUpload(request: UploadRequest): Promise<UploadResponse> {
  const { caller } = request;
  if (caller.invalidKey) return error(401, 'UNAUTHORIZED', 'The API key is not valid (unknown, malformed or revoked)');
  if (!caller.scope) return error(401, 'UNAUTHORIZED', 'This needs an API key with the "write" scope');
  if (!scopeAllows(caller.scope, 'write')) return error(403, 'FORBIDDEN', `This needs the "write" scope; the key has "${caller.scope}"`);
  if (!IMPORT_FORMAT_NAMES.includes(request.format)) {
    return error(404, 'NOT_FOUND', `No import format "${request.format}" (one of ${IMPORT_FORMAT_NAMES.join(', ')})`);
  }
  const query = request.query;
  const dryRun = first(query.dryRun);
  if (dryRun !== undefined && !['true', 'false', '1', '0'].includes(dryRun)) return error(400, 'BAD_REQUEST', 'dryRun: expected true or false', { field: 'dryRun' });
  const encoding = first(query.encoding)?.toLowerCase();
  if (encoding !== undefined && !ENCODINGS.includes(encoding as TextEncoding)) return error(400, 'BAD_REQUEST', `encoding: one of ${ENCODINGS.join(', ')}`, { field: 'encoding' });
  const country = first(query.country)?.toUpperCase();
  if (country !== undefined && !isCountryCode(country)) return error(400, 'BAD_REQUEST', `country: "${country}" is not an ISO 3166-1 alpha-2 code`, { field: 'country' });
  const texts = first(query.texts);
  if (texts !== undefined && !['true', 'false', '1', '0'].includes(texts)) return error(400, 'BAD_REQUEST', 'texts: expected true or false', { field: 'texts' });
  const post = first(query.post);
  if (post !== undefined && (post.length === 0 || post.length > 300)) return error(400, 'BAD_REQUEST', 'post: an id or a title of 1 to 300 characters', { field: 'post' });
  const fileName = (first(query.fileName) ?? `upload.${request.format}`).split(/[\\/]/).pop()!.slice(0, 200) || `upload.${request.format}`;
  const limit = request.limit ?? DEFAULT_IMPORT_LIMIT;
  if (request.length !== undefined && request.length > limit) return error(413, 'PAYLOAD_TOO_LARGE', `The upload is larger than the import limit of ${limit} bytes`);
  if (!request.body) return error(400, 'BAD_REQUEST', 'Send the file as the request body', { field: 'body' });
  const state = { drained: false };
  const done = (response: UploadResponse): UploadResponse => ({ ...response, drained: state.drained });
  let dispose: (() => Promise<void>) | undefined;
  try {
    const body = limited(request.body, limit, state);
    let input: ImportInput;
    if (request.format === 'hsg') {
      const archive = await unpackArchive(fileName, body);
      dispose = archive.dispose;
      input = archive.input;
    } else input = streamInput(fileName, body, request.length);
    const report = await runImport(request.database, input, {
      format: request.format,
      dryRun: dryRun === 'true' || dryRun === '1',
      encoding: encoding as TextEncoding | undefined,
      country,
      post,
      texts: texts === undefined ? undefined : texts === 'true' || texts === '1',
      actor: caller.actor,
    });
    // The drafts the Office's remarks gave join the review inbox.
    if (request.format === 'hsg' && report.batchId && !report.dryRun) await proposeFromBatch(request.database, report.batchId, 'hsg');
    return done({ status: 200, body: report, drained: true });
  } catch (failure) {
    if (failure instanceof PayloadTooLarge) return error(413, 'PAYLOAD_TOO_LARGE', `The upload is larger than the import limit of ${limit} bytes; nothing was imported`);
    const e = failure as { name?: string; message?: string; problems?: unknown[]; issues?: unknown[] };
    if (e.name === 'ImportProblemsError') return done(error(400, 'BAD_REQUEST', `${fileName}: ${e.message}`, { problems: e.problems }));
    if (e.name && READ_ERRORS.has(e.name)) return done(error(400, 'BAD_REQUEST', `${fileName}: ${e.message}`, e.issues ? { bundleIssues: e.issues } : {}));
    throw failure;
  } finally {
    await dispose?.();
  }
}

/** The route as the OpenAPI document describes it. */
export function importRouteDocument(): Record<string, unknown> {
  const errorBody = (description: string) => ({
    description,
    content: { 'application/json': { schema: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, data: { type: 'object' } }, required: ['code', 'message'] } } },
  });
  const counts = { type: 'object', properties: { created: { type: 'integer' }, updated: { type: 'integer' }, restored: { type: 'integer' }, unchanged: { type: 'integer' } } };
  return {
    post: {
      operationId: 'imports-upload',
      tags: ['Imports'],
      summary: 'Import a file streamed as the request body (write scope)',
      description:
        'The file is the raw request body (any content type, e.g. application/octet-stream), read as it arrives and imported in one transaction, as `bilat import FORMAT FILE` does: a problem in any row refuses the whole file (400, with every problem and its file and line), a dry run writes nothing. The batch can be undone with `bilat import undo`. For hsg the body is a tar archive (gzipped or not) of the folder holding travels/, visits/, pocom/ and rdcr/.',
      security: [{ apiKey: [] }],
      parameters: [
        { in: 'path', name: 'format', required: true, schema: { type: 'string', enum: [...IMPORT_FORMAT_NAMES] } },
        { in: 'query', name: 'dryRun', schema: { type: 'boolean' }, description: 'Check and count, write nothing' },
        { in: 'query', name: 'encoding', schema: { type: 'string', enum: [...ENCODINGS] }, description: 'The file’s encoding (default utf-8, with or without a BOM)' },
        { in: 'query', name: 'country', schema: { type: 'string' }, description: 'popolo, wikidata: the country the file is about' },
        { in: 'query', name: 'post', schema: { type: 'string' }, description: 'wikidata: an existing post id, or the title of a new post' },
        { in: 'query', name: 'fileName', schema: { type: 'string' }, description: 'The file’s name, for the batch and the source record' },
        { in: 'query', name: 'texts', schema: { type: 'boolean' }, description: 'hsg: keep the Office’s remarks as source text and draft from them (default true)' },
      ],
      requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      responses: {
        200: {
          description: 'The import report: the batch, counts by outcome, rows read and rows not stored (by reason)',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  batchId: { type: ['string', 'null'] },
                  dryRun: { type: 'boolean' },
                  total: counts,
                  byKind: { type: 'object', additionalProperties: counts },
                  rows: { type: 'integer' },
                  problems: { type: 'array', items: { type: 'object' } },
                  format: { type: 'string' },
                  file: { type: 'string' },
                  stats: { type: 'object', additionalProperties: { type: 'integer' } },
                  skipped: { type: 'object', additionalProperties: { type: 'integer' } },
                },
                required: ['batchId', 'dryRun', 'total', 'rows', 'problems', 'format', 'file'],
              },
            },
          },
        },
        400: errorBody('The file was refused (nothing was imported): data.problems lists each problem with its line and field'),
        401: errorBody('No API key, or not a valid one'),
        403: errorBody('The key lacks the write scope'),
        404: errorBody('No such import format'),
        413: errorBody('The upload is larger than the import limit'),
      },
    },
  };
}
