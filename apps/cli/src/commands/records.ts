import type { Command } from 'commander';
import type { RecordKind } from '@bilat/domain';
import { readRecordDetail } from '../data/record-detail.js';
import { withApi } from '../data/source.js';
import { addFormatOptions, formatOf } from '../options.js';
import { printJson } from '../output.js';
import { examples, optionsOf } from './common.js';

interface RecordCommand {
  name: string;
  kind: RecordKind;
  what: string;
  example: string;
}

const RECORD_COMMANDS: RecordCommand[] = [
  { name: 'meeting', kind: 'meeting', what: 'a meeting: when, where, who for each side, topics, what it links to, citations', example: 'kz-lt-political-consultations-10' },
  { name: 'official', kind: 'person', what: 'an official: posts held (with the dates sources attest), meetings, citations', example: 'roman-vassilenko' },
  { name: 'agreement', kind: 'agreement', what: 'an agreement: kind, parties, stages with dates, related events, citations', example: 'trans-caspian-route-memorandum-2024' },
  { name: 'source', kind: 'source', what: 'a source: publisher, date, address, and the records that cite it', example: 'kazinform-2024-06-20-kz-lt-consultations' },
];

/** `bilat meeting|official|agreement|source ID`: one record with its relations and citations. */
export function registerRecordCommands(program: Command): void {
  for (const spec of RECORD_COMMANDS) {
    const command = program.command(spec.name).description(spec.what).argument('<id>', `the ${spec.name}'s id (e.g. ${spec.example})`);
    addFormatOptions(command, ['json']);
    examples(command, [`bilat ${spec.name} ${spec.example}`, `bilat ${spec.name} ${spec.example} --json | jq ".record"`]).action(
      async (id: string, _options: unknown, cmd: Command) => {
        const options = optionsOf(cmd);
        const format = formatOf(options);
        await withApi(options, async (api) => {
          const detail = await readRecordDetail(api, spec.kind, id);
          if (format === 'json') return printJson(detail);
          // A merged id redirects: ask about the record it led to.
          const { loadRecordExtras } = await import('../data/record-extras.js');
          const extras = await loadRecordExtras(api, spec.kind, (detail as { record: { id: string; seriesId?: string } }).record);
          const { printRecord } = await import('../render/dossier.js');
          printRecord(detail as never, extras);
        });
      },
    );
  }
}
