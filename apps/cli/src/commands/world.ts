import type { Command } from 'commander';
import { MEASURES } from '@bilat/domain/measures';
import { withApi } from '../data/source.js';
import { addFormatOptions, checkRegion, formatOf, parseChoice, parseParty } from '../options.js';
import { printJson } from '../output.js';
import { examples, optionsOf } from './common.js';

/** `bilat countries` and `bilat country KZ`: the world by country, from the summaries the database keeps. */
export function registerWorldCommands(program: Command): void {
  const countries = program
    .command('countries')
    .description('countries with their meetings, visits, agreements, relations events, records and partners (those with records; --every for all)')
    .option('--region <region>', 'only the countries of this UN M49 region, by name or code ("Central Asia", 143)')
    .option('--sort <measure>', `most first by ${MEASURES.join(', ')} (default: by code)`)
    .option('--every', 'every party, also those with no record');
  addFormatOptions(countries, ['json', 'csv']);
  examples(countries, ['bilat countries --sort meetings', 'bilat countries --region "Central Asia"', 'bilat countries --json | jq -r ".items[].code"']).action(async (_options: unknown, command: Command) => {
    const options = optionsOf<{ region?: string; sort?: string; every?: boolean }>(command);
    const format = formatOf(options);
    const sort = options.sort === undefined ? undefined : parseChoice('--sort', options.sort, MEASURES);
    await checkRegion(options.region);
    await withApi(options, async (api) => {
      const items = await api.countries.list({ region: options.region, sort, withRecords: !options.every });
      if (format === 'json') return printJson({ items, nextCursor: null });
      const { printCountries } = await import('../render/world.js');
      printCountries(items, format as 'table' | 'csv');
    });
  });

  const country = program
    .command('country')
    .description("one country's partners ranked, its meetings per year, relations events and people in post now")
    .argument('<code>', 'a party code: KZ, EU, SUHH')
    .option('--sort <measure>', `rank partners by ${MEASURES.join(', ')} (default meetings)`);
  addFormatOptions(country, ['json', 'csv']);
  examples(country, ['bilat country KZ', 'bilat country US --sort relations', 'bilat country KZ --json | jq ".partners[0]"']).action(async (code: string, _options: unknown, command: Command) => {
    const options = optionsOf<{ sort?: string }>(command);
    const format = formatOf(options);
    const party = parseParty('country', code);
    const sort = options.sort === undefined ? undefined : parseChoice('--sort', options.sort, MEASURES);
    await withApi(options, async (api) => {
      const result = await api.countries.get({ code: party, sort });
      if (format === 'json') return printJson(result);
      const { printCountry } = await import('../render/world.js');
      printCountry(result, sort ?? 'meetings', format as 'table' | 'csv');
    });
  });
}
