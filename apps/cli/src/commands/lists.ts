import type * as Domain from '@bilat/domain';
import type { Command } from 'commander';
import { collectPages, listDocument } from '../data/pages.js';
import { withApi } from '../data/source.js';
import { addFilterOptions, addFormatOptions, addPageOptions, checkParties, filterRequest, formatOf, pageRequest, parseChoice, type FilterOptions, type PageOptions } from '../options.js';
import { printJson } from '../output.js';
import { allPlaces, examples, optionsOf } from './common.js';

type DomainModule = typeof Domain;

type ListOptions = FilterOptions & PageOptions & { kind?: string; stage?: string; person?: string };

/** Checks `--kind`/`--stage` against the domain's own lists, loaded only when the flag is given. */
async function choice(flag: string, value: string | undefined, pick: (domain: DomainModule) => readonly string[]): Promise<string | undefined> {
  if (value === undefined) return undefined;
  return parseChoice(flag, value, pick(await import('@bilat/domain')));
}

function listCommand(program: Command, name: string, description: string, exampleLines: string[]): Command {
  const command = program.command(name).description(description);
  addFilterOptions(command);
  addPageOptions(command);
  addFormatOptions(command, ['json', 'csv']);
  return examples(command, exampleLines);
}

/** A list command's options, output format, filters (their parties checked) and page, read in that order. */
async function listRequest(cmd: Command) {
  const options = optionsOf<ListOptions>(cmd);
  const format = formatOf(options);
  const filters = filterRequest(options);
  await checkParties({ '--country': filters.country, '--partner': filters.partner });
  return { options, format, filters, page: pageRequest(options) };
}

/** `bilat series`, `agreements`, `organizations` and `visits`: lists with the common filters. */
export function registerListCommands(program: Command): void {
  listCommand(program, 'series', 'recurring formats: rounds of consultations, sessions of commissions', ['bilat series --country KZ --partner LT', 'bilat series --kind intergovernmental-commission --json'])
    .option('--kind <kind>', 'only this kind, e.g. political-consultations')
    .action(async (_options: unknown, cmd: Command) => {
      const { options, format, filters, page } = await listRequest(cmd);
      const kind = await choice('--kind', options.kind, (d) => d.SERIES_KINDS);
      await withApi(options, async (api) => {
        const result = await collectPages((cursor) => api.series.list({ ...filters, kind: kind as never, limit: page.limit, cursor }), page);
        if (format === 'json') return printJson(listDocument(result));
        const { printSeries } = await import('../render/tables.js');
        printSeries(result, format as 'table' | 'csv');
      });
    });

  listCommand(program, 'agreements', 'treaties, agreements and memoranda, newest first', ['bilat agreements --country KZ --partner LT', 'bilat agreements --stage signed --csv'])
    .option('--kind <kind>', 'only this kind, e.g. memorandum, treaty')
    .option('--stage <stage>', 'only those at this stage: planned, signed, in-force, expired, terminated')
    .action(async (_options: unknown, cmd: Command) => {
      const { options, format, filters, page } = await listRequest(cmd);
      const kind = await choice('--kind', options.kind, (d) => d.agreementSchema.shape.kind.options);
      const stage = await choice('--stage', options.stage, (d) => d.AGREEMENT_STAGES);
      await withApi(options, async (api) => {
        const result = await collectPages((cursor) => api.agreements.list({ ...filters, kind: kind as never, stage: stage as never, limit: page.limit, cursor }), page);
        if (format === 'json') return printJson(listDocument(result));
        const { printAgreements } = await import('../render/tables.js');
        printAgreements(result, format as 'table' | 'csv');
      });
    });

  listCommand(program, 'organizations', 'ministries, commissions, cities, ports, parliamentary groups', ['bilat organizations --country LT', 'bilat organizations --kind commission --json'])
    .option('--kind <kind>', 'only this kind, e.g. ministry, commission, port')
    .action(async (_options: unknown, cmd: Command) => {
      const { options, format, filters, page } = await listRequest(cmd);
      const kind = await choice('--kind', options.kind, (d) => d.ORGANIZATION_KINDS);
      await withApi(options, async (api) => {
        const result = await collectPages((cursor) => api.organizations.list({ ...filters, kind: kind as never, limit: page.limit, cursor }), page);
        if (format === 'json') return printJson(listDocument(result));
        const { printOrganizations } = await import('../render/tables.js');
        printOrganizations(result, format as 'table' | 'csv');
      });
    });

  listCommand(program, 'visits', 'visits by officials, newest first, with the meetings held during them', ['bilat visits --country KZ --partner LT', 'bilat visits --person marat-karabayev --json'])
    .option('--person <id>', 'only visits this person made (an id)')
    .action(async (_options: unknown, cmd: Command) => {
      const { options, format, filters, page } = await listRequest(cmd);
      await withApi(options, async (api) => {
        const result = await collectPages((cursor) => api.visits.list({ ...filters, person: options.person, limit: page.limit, cursor }), page);
        if (format === 'json') return printJson(listDocument(result));
        const places = await allPlaces(api);
        const { printVisits } = await import('../render/tables.js');
        printVisits(result, places, format as 'table' | 'csv');
      });
    });
}
