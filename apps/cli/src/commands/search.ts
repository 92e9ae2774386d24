import type { Command } from 'commander';
import { collectPages, listDocument } from '../data/pages.js';
import { withApi } from '../data/source.js';
import { UsageError } from '../errors.js';
import { addFormatOptions, addPageOptions, formatOf, pageRequest, type PageOptions } from '../options.js';
import { printJson } from '../output.js';
import { examples, optionsOf } from './common.js';

type SearchOptions = PageOptions & { kind?: string };

export function registerSearchCommand(program: Command): void {
  const command = program
    .command('search')
    .description('full-text search over every record and its citations (case, diacritics and transliterations folded)')
    .argument('<text...>', 'words to look for')
    .option('--kind <kinds>', 'only these record kinds, comma-separated, e.g. person,meeting');
  addPageOptions(command, 50, 200);
  addFormatOptions(command, ['json', 'csv']);
  examples(command, ['bilat search vasilenko', 'bilat search klaipeda port --kind meeting,organization --json']).action(async (words: string[], _options: unknown, cmd: Command) => {
    const options = optionsOf<SearchOptions>(cmd);
    const format = formatOf(options);
    const q = words.join(' ').trim();
    if (!q) throw new UsageError('Give some words to search for, e.g. bilat search vassilenko');
    const page = pageRequest(options, 50, 200);
    await withApi(options, async (api) => {
      const result = await collectPages((cursor) => api.search({ q, kinds: options.kind, limit: page.limit, cursor }), page);
      if (format === 'json') return printJson(listDocument(result));
      const { printSearch } = await import('../render/misc.js');
      printSearch(result, format as 'table' | 'csv', q);
    });
  });
}
