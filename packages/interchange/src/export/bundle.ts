import { RECORD_COLLECTIONS, RECORD_KINDS, type KindedRecord, type RecordKind } from '@bilat/domain';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '@bilat/domain/bundle';
import { stringify } from 'yaml';
import { ndjsonHeader, toNdjsonLine } from '../import/bundle/ndjson.js';
import { allRecordPages, filteredWithReferences } from './collect.js';
import { isFiltered, type ExportFilter, type ExportSink, type RecordReader } from './reader.js';

/*
 * Bundles out: YAML (what curators read and edit) or NDJSON (large data). Both are
 * written as they are read, a page at a time, and import back to the same records.
 */

export interface BundleExportOptions {
  ndjson?: boolean;
  description?: string;
}

/** One record as an item of a YAML list under its collection key, indented to sit there. */
function yamlItem(record: unknown): string {
  // Dates and amounts are strings that look like numbers: the YAML writer quotes them.
  const text = stringify([record], { lineWidth: 0 });
  return text.replace(/^(?=.)/gm, '  ');
}

export async function exportBundle(reader: RecordReader, filter: ExportFilter, sink: ExportSink, options: BundleExportOptions = {}): Promise<number> {
  let count = 0;
  let currentKind: RecordKind | undefined;
  if (options.ndjson) await sink.write(ndjsonHeader(options.description));
  else {
    await sink.write(`format: ${BUNDLE_FORMAT}\nversion: ${BUNDLE_VERSION}\n`);
    if (options.description) await sink.write(stringify({ description: options.description }, { lineWidth: 0 }));
  }
  const write = async (items: readonly KindedRecord[]) => {
    const parts: string[] = [];
    for (const item of items) {
      if (options.ndjson) parts.push(toNdjsonLine(item.kind, item.record));
      else {
        if (item.kind !== currentKind) {
          currentKind = item.kind;
          parts.push(`${RECORD_COLLECTIONS[item.kind]}:\n`);
        }
        parts.push(yamlItem(item.record));
      }
      count += 1;
    }
    if (parts.length) await sink.write(parts.join(''));
  };
  if (isFiltered(filter)) {
    const set = await filteredWithReferences(reader, filter);
    for (const kind of RECORD_KINDS) await write(set.all(kind).sort((a, b) => (a.id < b.id ? -1 : 1)).map((record) => ({ kind, record }) as KindedRecord));
  } else {
    for await (const page of allRecordPages(reader)) await write(page);
  }
  return count;
}
