import { readCsv } from '../../read/csv.js';
import { readJsonElements } from '../../read/json.js';
import type { Line } from '../../read/lines.js';
import { peek } from '../../read/peek.js';
import { FILE_MERGE_RULES, fileSource } from '../file-source.js';
import { inputLines } from '../input.js';
import { count, type ImportContext, type ImportFormat, type ImportItem } from '../types.js';
import { columnIndexes, comtradeFigure, detectLayout, LEGACY_COLUMNS, recordFromApi, recordFromFields, type ComtradeRecord } from './rows.js';

/*
 * UN Comtrade: API v1 JSON responses (`{ "data": [...] }`, 47 fields a record), today's
 * CSV downloads (the same field names) and the legacy 35-column CSV. The layout is told
 * from the first line: JSON, or a CSV header with one set of names or the other.
 */

function* outcome(row: ComtradeRecord, line: number, sourceId: string, context: ImportContext): Generator<ImportItem> {
  const result = comtradeFigure(row, sourceId);
  if ('skip' in result) {
    count(context.skipped, result.skip);
    return;
  }
  if ('message' in result) {
    yield { problem: { line, field: result.field, message: result.message } };
    return;
  }
  count(context.stats, result.world ? 'world' : 'bilateral');
  if (result.figure.classification.system !== 'total') count(context.stats, 'commodity rows');
  yield { kind: 'trade', record: result.figure, line };
}

async function* fromCsv(lines: AsyncIterable<Line>, sourceId: string, context: ImportContext): AsyncGenerator<ImportItem> {
  let header: string[] | undefined;
  let indexes: ReturnType<typeof columnIndexes>['indexes'] = {};
  for await (const { line, fields } of readCsv(lines)) {
    if (!header) {
      header = fields;
      const layout = detectLayout(header);
      if (!layout) {
        yield { problem: { line, message: 'not a Comtrade file: the header has neither "primaryValue" and "cmdCode" (API and CSV downloads) nor "Commodity Code" and "Trade Value (US$)" (legacy CSV)' } };
        return;
      }
      if (layout === 'legacy' && header.length !== LEGACY_COLUMNS) {
        yield { problem: { line, message: `a legacy Comtrade CSV header has ${LEGACY_COLUMNS} columns; this one has ${header.length}` } };
        return;
      }
      const columns = columnIndexes(layout, header);
      if (columns.missing.length) {
        yield { problem: { line, message: `the header lacks ${columns.missing.map((name) => `"${name}"`).join(', ')}` } };
        return;
      }
      indexes = columns.indexes;
      context.stats.layout = layout === 'legacy' ? LEGACY_COLUMNS : header.length;
      continue;
    }
    count(context.stats, 'rows');
    if (fields.length !== header.length) {
      yield { problem: { line, message: `${fields.length} columns where the header has ${header.length} (a row cut short, or a stray separator)` } };
      continue;
    }
    yield* outcome(recordFromFields(indexes, fields), line, sourceId, context);
  }
  if (!header) yield { problem: { line: 1, message: 'the file is empty' } };
}

async function* fromJson(lines: AsyncIterable<Line>, sourceId: string, context: ImportContext): AsyncGenerator<ImportItem> {
  let seen = false;
  let other: string | undefined;
  for await (const element of readJsonElements(lines, { collections: ['data', 'results'], numbersAsText: true })) {
    if (element.collection === 'results') {
      other = 'results';
      continue;
    }
    seen = true;
    count(context.stats, 'rows');
    if (!element.value || typeof element.value !== 'object' || Array.isArray(element.value)) {
      yield { problem: { line: element.line, field: `data[${element.index}]`, message: 'a Comtrade record is an object' } };
      continue;
    }
    yield* outcome(recordFromApi(element.value as Record<string, unknown>), element.line, sourceId, context);
  }
  if (!seen) {
    const hint = other ? ' (this looks like a Comtrade reference list, `results`, rather than a data response)' : '';
    yield { problem: { line: 1, message: `not a Comtrade data response: no "data" array${hint}` } };
  }
}

async function* readComtrade(context: ImportContext): AsyncGenerator<ImportItem> {
  const source = fileSource('comtrade', context, { publisher: 'UN Comtrade', title: `UN Comtrade data: ${context.input.name}` });
  yield { kind: 'source', record: source };
  const { first, all } = await peek(inputLines(context));
  const json = first?.text.trimStart().startsWith('{') ?? false;
  yield* json ? fromJson(all, source.id, context) : fromCsv(all, source.id, context);
}

export const comtradeFormat: ImportFormat = {
  name: 'comtrade',
  description: 'UN Comtrade API v1 JSON responses, CSV downloads and the legacy 35-column CSV',
  read: readComtrade,
  merge: FILE_MERGE_RULES,
};
