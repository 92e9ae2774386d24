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
  texts?: boolean;
}

export async function uploadImport(format: string, path: string, flags: Flags, options: GlobalOptions) {
  const target = resolveDataTarget(options);
  if (target.mode !== 'remote') throw new Error('uploadImport needs --api');
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  // hsg takes a folder: it goes up as a gzipped tar of the files the import reads.
  const folder = info.isDirectory();
  if (folder && format !== 'hsg') throw new UsageError(`${path} is a folder; bilat import ${format} reads one file`);
  const url = new URL(`${target.url}/api/v1/imports/${format}`);
  url.searchParams.set('fileName', basename(path));
  if (flags.dryRun) url.searchParams.set('dryRun', 'true');
  for (const key of ['encoding', 'post', 'country'] as const) if (flags[key]) url.searchParams.set(key, flags[key]!);
  if (format === 'hsg' && flags.texts === false) url.searchParams.set('texts', 'false');
  const body = folder ? Readable.from(await (await import('@bilat/interchange')).packFolder(path)) : createReadStream(path);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(folder ? {} : { 'content-length': String(info.size) }), ...(target.apiKey ? { authorization: `Bearer ${target.apiKey}` } : {}) },
      body: Readable.toWeb(body) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
  } catch (error) {
    throw new ServerUnreachableError(target.url, (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message);
  }
  const answer = (await response.json().catch(() => ({}))) as { message?: string; code?: string; data?: { problems?: { file?: string; line?: number; field?: string; message: string }[] } };
  if (response.ok) return { report: answer as never, location: target.url };
  const problems = answer.data?.problems;
  if (response.status === 400 && problems?.length) {
    const shown = problems.slice(0, 50).map((p) => `  ${p.file ?? basename(path)}${p.line !== undefined ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    throw new InputError([`${basename(path)}: nothing was imported (${problems.length} problem(s)); the database is unchanged`, ...shown].join('\n'), problems);
  }
  if (response.status === 400) throw new InputError(`${basename(path)}: ${answer.message ?? 'refused'}`);
  const error = new Error(answer.message ?? `The server answered ${response.status}`);
  // The same codes a tRPC error carries, so errors.ts reports them the same way.
  Object.assign(error, { name: 'TRPCClientError', data: { code: answer.code ?? (response.status === 401 ? 'UNAUTHORIZED' : response.status === 403 ? 'FORBIDDEN' : 'INTERNAL_SERVER_ERROR') } });
  throw error;
}
