import { MEETING_KINDS, MEETING_STAGES } from '@bilat/domain/kinds';
import type { Command } from 'commander';
import { collectPages, listDocument } from '../data/pages.js';
import type { QuickReads } from '../data/quick.js';
import { withApi, withQuickReads } from '../data/source.js';
import { addFilterOptions, addFormatOptions, addPageOptions, checkParties, filterRequest, formatOf, pageRequest, parseChoice, type FilterOptions, type PageOptions } from '../options.js';
import { printJson } from '../output.js';
import { allPlaces, examples, optionsOf } from './common.js';

type MeetingOptions = FilterOptions & PageOptions & { kind?: string; person?: string; series?: string; visit?: string; stage?: string };

export function registerMeetingsCommand(program: Command): void {
  const command = program
    .command('meetings')
    .description('meetings, newest first (dates as precise as the sources give them)')
    .option('--kind <kind>', 'only this kind, e.g. political-consultations, working-meeting')
    .option('--person <id>', 'only meetings this person took part in (an id, e.g. roman-vassilenko)')
    .option('--series <id>', 'only rounds of this series')
    .option('--visit <id>', 'only meetings during this visit')
    .option('--stage <stage>', 'planned, held or cancelled');
  addFilterOptions(command);
  addPageOptions(command);
  addFormatOptions(command, ['json', 'csv', 'ics']);
  examples(command, [
    'bilat meetings --country KZ --partner LT',
    'bilat meetings --country KZ --partner LT --from 2024-01 --json | jq ".items[0]"',
    'bilat meetings --person roman-vassilenko --ics > vassilenko.ics',
  ]).action(async (_options: unknown, cmd: Command) => {
    const options = optionsOf<MeetingOptions>(cmd);
    const format = formatOf(options);
    const filters = filterRequest(options);
    await checkParties({ '--country': filters.country, '--partner': filters.partner });
    const page = pageRequest(options);
    const stage = options.stage === undefined ? undefined : parseChoice('--stage', options.stage, MEETING_STAGES);
    const kind = options.kind === undefined ? undefined : parseChoice('--kind', options.kind, MEETING_KINDS);
    const input = { ...filters, kind, stage, person: options.person, series: options.series, visit: options.visit, limit: page.limit };
    const list = (reads: Pick<QuickReads, 'meetings'>) => collectPages((cursor) => reads.meetings.list({ ...input, cursor }), { cursor: page.cursor, all: page.all });
    // JSON is the list as it is: on a migrated local file it is read without the API (a quick read).
    if (format === 'json') return withQuickReads(options, async (reads) => printJson(listDocument(await list(reads))));
    await withApi(options, async (api) => {
      const result = await list(api);
      const places = await allPlaces(api);
      const { printMeetings } = await import('../render/tables.js');
      // Loaded here, not at the top: the party table is needed only to name a pair.
      const { pairOf } = await import('@bilat/domain/parties');
      const pair = filters.country && filters.partner ? pairOf(filters.country, filters.partner) : undefined;
      printMeetings(result, places, format as 'table' | 'csv' | 'ics', pair);
    });
  });
}
