import { BUNDLE_FORMAT, BUNDLE_VERSION } from '@bilat/domain/bundle';
import { readJsonElements } from '../../read/json.js';
import type { Line } from '../../read/lines.js';
import { peek } from '../../read/peek.js';
import { inputLines } from '../input.js';
import { count, type ImportContext, type ImportFormat, type ImportItem } from '../types.js';
import { BY_COLLECTION, looksLikeNdjsonLine, ndjsonLine } from './ndjson.js';

/*
 * Bundles streamed: NDJSON line by line, or a large JSON bundle element by element.
 * (YAML bundles, and JSON ones of curated size, are read whole so that the consistency
 * rules can be checked on them: see run.ts.)
 */

async function* fromNdjson(lines: AsyncIterable<Line>, context: ImportContext): AsyncGenerator<ImportItem> {
  for await (const line of lines) {
    const item = ndjsonLine(line.text, line.number);
    if (item && 'kind' in item) count(context.stats, 'records');
    if (item) yield item;
  }
}

async function* fromJson(lines: AsyncIterable<Line>, context: ImportContext): AsyncGenerator<ImportItem> {
  let tagged = false;
  for await (const element of readJsonElements(lines, { values: ['format', 'version', 'description'] })) {
    if (element.index === -1) {
      if (element.collection === 'format') {
        if (element.value !== BUNDLE_FORMAT) yield { problem: { line: element.line, field: 'format', message: `expected "${BUNDLE_FORMAT}"` } };
        tagged = true;
      }
      if (element.collection === 'version' && element.value !== BUNDLE_VERSION) yield { problem: { line: element.line, field: 'version', message: `this bilat reads version ${BUNDLE_VERSION}` } };
      continue;
    }
    const kind = BY_COLLECTION.get(element.collection ?? '');
    if (!kind) {
      yield { problem: { line: element.line, field: element.collection ?? undefined, message: 'not a record list of a bundle' } };
      continue;
    }
    count(context.stats, 'records');
    yield { kind, record: element.value, line: element.line };
  }
  if (!tagged) yield { problem: { line: 1, field: 'format', message: `missing required field "format" ("${BUNDLE_FORMAT}")` } };
}

/** Whether the file is NDJSON, judged from its first non-blank line. */
export function isNdjsonStart(text: string | undefined): boolean {
  return text !== undefined && looksLikeNdjsonLine(text);
}

/** Streams an NDJSON or JSON bundle's records from its lines. */
export function readBundleLines(lines: AsyncIterable<Line>, ndjson: boolean, context: ImportContext): AsyncGenerator<ImportItem> {
  return ndjson ? fromNdjson(lines, context) : fromJson(lines, context);
}

async function* readBundleStream(context: ImportContext): AsyncGenerator<ImportItem> {
  const { first, all } = await peek(inputLines(context));
  yield* readBundleLines(all, isNdjsonStart(first?.text), context);
}

export const bundleStreamFormat: ImportFormat = {
  name: 'bundle',
  description: "bilat's own bundles: YAML or JSON (curated size, every consistency rule checked), NDJSON for large files",
  read: readBundleStream,
};
