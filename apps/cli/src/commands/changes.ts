import type { Command } from 'commander';
import { collectPages, listDocument } from '../data/pages.js';
import { withApi } from '../data/source.js';
import { addFormatOptions, addPageOptions, formatOf, pageRequest, parseChoice, parseDateOrInstant, type PageOptions } from '../options.js';
import { printJson } from '../output.js';
import { examples, optionsOf } from './common.js';

type ChangesOptions = PageOptions & { since: string; kind?: string };

export function registerChangesCommand(program: Command): void {
  const command = program
    .command('changes')
    .description('what was added or edited since a date, oldest first (from the revision log)')
    .requiredOption('--since <date>', 'a date (YYYY-MM-DD, from the start of that day, UTC) or an ISO 8601 instant')
    .option('--kind <kind>', 'only records of this kind, e.g. meeting, person');
  addPageOptions(command, 100, 1000);
  addFormatOptions(command, ['json', 'csv']);
  examples(command, ['bilat changes --since 2024-06-01', 'bilat changes --since 2024-06-20T12:00:00Z --kind meeting --json']).action(async (_options: unknown, cmd: Command) => {
    const options = optionsOf<ChangesOptions>(cmd);
    const format = formatOf(options);
    const since = parseDateOrInstant('--since', options.since);
    const page = pageRequest(options, 100, 1000);
    let kind: string | undefined;
    if (options.kind !== undefined) kind = parseChoice('--kind', options.kind, (await import('@bilat/domain')).RECORD_KINDS);
    await withApi(options, async (api) => {
      const result = await collectPages((cursor) => api.changes({ since, kind: kind as never, limit: page.limit, cursor }), page);
      if (format === 'json') return printJson(listDocument(result));
      const { printChanges } = await import('../render/misc.js');
      printChanges(result, format as 'table' | 'csv', since);
    });
  });
}
