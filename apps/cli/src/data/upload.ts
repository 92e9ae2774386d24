import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { resolveDataTarget, type GlobalOptions } from '../config.js';
import { InputError, ServerUnreachableError, UsageError } from '../errors.js';

/*
 * `bilat --api URL import FORMAT FILE`: the file is streamed to the server's
 * POST /api/v1/imports/{format} (a key with the write scope), which imports it in one
 * transaction and answers with the same report a local import prints.
 */

interface Flags {
  dryRun?: boolean;
  encoding?: string;
  post?: string;
  country?: string;
}

export async function uploadImport(format: string, path: string, flags: Flags, options: GlobalOptions) {
  const target = resolveDataTarget(options);
  if (target.mode !== 'remote') throw new Error('uploadImport needs --api');
  const size = await stat(path).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    },
  );
  const url = new URL(`${target.url}/api/v1/imports/${format}`);
  url.searchParams.set('fileName', basename(path));
  if (flags.dryRun) url.searchParams.set('dryRun', 'true');
  for (const key of ['encoding', 'post', 'country'] as const) if (flags[key]) url.searchParams.set(key, flags[key]!);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(size), ...(target.apiKey ? { authorization: `Bearer ${target.apiKey}` } : {}) },
      body: Readable.toWeb(createReadStream(path)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
  } catch (error) {
    throw new ServerUnreachableError(target.url, (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message);
  }
  const body = (await response.json().catch(() => ({}))) as { message?: string; code?: string; data?: { problems?: { line?: number; field?: string; message: string }[] } };
  if (response.ok) return { report: body as never, location: target.url };
  const problems = body.data?.problems;
  if (response.status === 400 && problems?.length) {
    const shown = problems.slice(0, 50).map((p) => `  ${basename(path)}${p.line !== undefined ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    throw new InputError([`${basename(path)}: nothing was imported (${problems.length} problem(s)); the database is unchanged`, ...shown].join('\n'), problems);
  }
  if (response.status === 400) throw new InputError(`${basename(path)}: ${body.message ?? 'refused'}`);
  const error = new Error(body.message ?? `The server answered ${response.status}`);
  // The same codes a tRPC error carries, so errors.ts reports them the same way.
  Object.assign(error, { name: 'TRPCClientError', data: { code: body.code ?? (response.status === 401 ? 'UNAUTHORIZED' : response.status === 403 ? 'FORBIDDEN' : 'INTERNAL_SERVER_ERROR') } });
  throw error;
}
