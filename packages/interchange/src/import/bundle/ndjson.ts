import { RECORD_COLLECTIONS, RECORD_KINDS, type RecordKind } from '@bilat/domain';
import type { ImportItem } from '../types.js';

/*
 * The NDJSON bundle, bilat's format for large files: one JSON object a line.
 *
 *   {"format":"bilat/ndjson","version":1,"description":"…"}      optional, first line only
 *   {"kind":"source","record":{"id":"…","title":"…",…}}           one record a line
 *
 * `kind` is a record kind (`source`, `person`, `trade`, …) and `record` has exactly the
 * shape of that kind's schema, as in the YAML bundle. Blank lines are ignored. Records
 * may point at records on later lines.
 */

export const NDJSON_FORMAT = 'bilat/ndjson';
export const NDJSON_VERSION = 1;

const KINDS = new Set<string>(RECORD_KINDS);
const BY_COLLECTION = new Map<string, RecordKind>(Object.entries(RECORD_COLLECTIONS).map(([kind, collection]) => [collection, kind as RecordKind]));

/** Whether a line is an NDJSON bundle's header or record line (to tell NDJSON from a JSON bundle). */
export function looksLikeNdjsonLine(text: string): boolean {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    return Boolean(value) && typeof value === 'object' && (value.format === NDJSON_FORMAT || (typeof value.kind === 'string' && 'record' in value));
  } catch {
    return false;
  }
}

/** One line of an NDJSON bundle: a record, nothing (a header or a blank line), or a problem. */
export function ndjsonLine(text: string, line: number): ImportItem | undefined {
  if (!text.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: { line, message: `not valid JSON: ${(error as Error).message}` } };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: { line, message: 'expected an object {"kind": …, "record": …}' } };
  const object = value as Record<string, unknown>;
  if ('format' in object) {
    if (line !== 1) return { problem: { line, field: 'format', message: 'the format header may only be the first line' } };
    if (object.format !== NDJSON_FORMAT) return { problem: { line, field: 'format', message: `expected "${NDJSON_FORMAT}"` } };
    if (object.version !== NDJSON_VERSION) return { problem: { line, field: 'version', message: `this bilat reads version ${NDJSON_VERSION}` } };
    return undefined;
  }
  const kind = typeof object.kind === 'string' ? (KINDS.has(object.kind) ? (object.kind as RecordKind) : BY_COLLECTION.get(object.kind)) : undefined;
  if (!kind) return { problem: { line, field: 'kind', message: `"${String(object.kind).slice(0, 40)}" is not a record kind (${RECORD_KINDS.join(', ')})` } };
  if (!('record' in object)) return { problem: { line, field: 'record', message: 'missing required field "record"' } };
  const extra = Object.keys(object).filter((key) => key !== 'kind' && key !== 'record');
  if (extra.length) return { problem: { line, field: extra[0], message: 'unknown field (a line holds "kind" and "record")' } };
  return { kind, record: object.record, line };
}

/** The NDJSON line of a record. */
export function toNdjsonLine(kind: RecordKind, record: unknown): string {
  return `${JSON.stringify({ kind, record })}\n`;
}

export function ndjsonHeader(description?: string): string {
  return `${JSON.stringify({ format: NDJSON_FORMAT, version: NDJSON_VERSION, ...(description ? { description } : {}) })}\n`;
}

export { BY_COLLECTION };
