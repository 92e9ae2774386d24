import { FILE_MERGE_RULES, fileSource } from '../file-source.js';
import { inputLines } from '../input.js';
import { count, type ImportContext, type ImportFormat, type ImportItem } from '../types.js';
import { gdeltInteraction, GDELT_LAYOUTS, isConsultBetweenCodes, mergeInteractions, rootCode } from './events.js';

/*
 * GDELT event exports: tab-separated, no header, no quoting (a URL may hold a quote), so
 * a row is its line split on tabs. 1.0 files mix 58-column daily rows and 57-column
 * back-file rows; 2.0 rows have 61 columns.
 */
async function* readGdelt(context: ImportContext): AsyncGenerator<ImportItem> {
  const source = fileSource('gdelt', context, { publisher: 'The GDELT Project', title: `GDELT events export ${context.input.name}` });
  yield { kind: 'source', record: source };
  let dataset: string | undefined;
  for await (const line of inputLines(context)) {
    if (line.text === '') continue;
    const fields = line.text.split('\t');
    count(context.stats, 'rows');
    if (!GDELT_LAYOUTS[fields.length]) {
      yield { problem: { line: line.number, message: `${fields.length} columns; GDELT rows have 57 or 58 (1.0) or 61 (2.0) — a row cut short, or not a GDELT events file` } };
      continue;
    }
    // One file is one dataset: a 2.0 row cut short can have as many columns as a 1.0 row.
    const rowDataset = GDELT_LAYOUTS[fields.length]!.dataset;
    dataset ??= rowDataset;
    if (rowDataset !== dataset) {
      const expected = dataset === 'gdelt-2' ? '61-column (GDELT 2.0)' : '57- and 58-column (GDELT 1.0)';
      yield { problem: { line: line.number, message: `${fields.length} columns in a file of ${expected} rows — a row cut short?` } };
      continue;
    }
    count(context.stats, `rows of ${fields.length} columns`);
    if (rootCode(fields) === '04') count(context.stats, 'root code 04');
    if (isConsultBetweenCodes(fields)) count(context.stats, 'root code 04 between two country codes');
    const outcome = gdeltInteraction(fields, source.id);
    if ('skip' in outcome) count(context.skipped, outcome.skip);
    else if ('message' in outcome) yield { problem: { line: line.number, field: outcome.field, message: outcome.message } };
    else {
      count(context.stats, 'events kept');
      yield { kind: 'interaction', record: outcome.interaction, line: line.number };
    }
  }
}

export const gdeltFormat: ImportFormat = {
  name: 'gdelt',
  description: 'GDELT 1.0 (57 and 58 columns) and 2.0 (61 columns) event exports',
  read: readGdelt,
  merge: { ...FILE_MERGE_RULES, interaction: mergeInteractions },
};
