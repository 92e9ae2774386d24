import type { Command } from 'commander';
import { DEFAULT_WORLD_MEASURE, MEASURES } from '@bilat/domain/measures';
import { withApi } from '../data/source.js';
import { UsageError } from '../errors.js';
import { addFormatOptions, addPageOptions, checkRegion, formatOf, pageRequest, parseChoice, parseParty, type PageOptions } from '../options.js';
import { printJson } from '../output.js';
import { examples, optionsOf } from './common.js';

/** The code a `bilat countries` cursor names (the last country of the page before). */
function countryAfter(cursor: string): string {
  try {
    const [code] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof code === 'string') return code;
  } catch {
    // refused below
  }
  throw new UsageError('--cursor: the cursor is not valid; start again without one');
}

/** The orders of `bilat countries`: most first by a measure (ties by the names shown), or by code. */
const COUNTRY_ORDERS = [...MEASURES, 'code'] as const;

/** `bilat countries` and `bilat country KZ`: the world by country, from the summaries the database keeps. */
export function registerWorldCommands(program: Command): void {
  const countries = program
    .command('countries')
    .description(`countries with their meetings, visits, agreements, relations events, records and partners, the most ${DEFAULT_WORLD_MEASURE} first, as in the terminal UI (those with records; --every for all)`)
    .option('--region <region>', 'only the countries of this UN M49 region, by name or code ("Central Asia", 143)')
    .option('--sort <order>', `most first by ${MEASURES.slice(0, -1).join(', ')} or ${MEASURES.at(-1)}, ties by name (default: ${DEFAULT_WORLD_MEASURE}); code: by code`)
    .option('--every', 'every party, also those with no record');
  // Every country fits one page by default (a few hundred parties); --limit and --cursor page as every list does.
  addPageOptions(countries, 500);
  addFormatOptions(countries, ['json', 'csv']);
  examples(countries, ['bilat countries --sort meetings', 'bilat countries --sort code', 'bilat countries --region "Central Asia"', 'bilat countries --json | jq -r ".items[].code"']).action(async (_options: unknown, command: Command) => {
    const options = optionsOf<PageOptions & { region?: string; sort?: string; every?: boolean }>(command);
    const format = formatOf(options);
    const request = pageRequest(options, 500);
    // The busiest first by default, as the terminal UI's countries and the home map (every record, DEFAULT_WORLD_MEASURE); the API's list is by code unless told.
    const order = options.sort === undefined ? DEFAULT_WORLD_MEASURE : parseChoice('--sort', options.sort, COUNTRY_ORDERS);
    const sort = order === 'code' ? undefined : order;
    await checkRegion(options.region);
    await withApi(options, async (api) => {
      const every = await api.countries.list({ region: options.region, sort, withRecords: !options.every });
      // The list is small and comes whole: a page starts after the country its cursor names.
      let from = 0;
      if (request.cursor) {
        const after = countryAfter(request.cursor);
        from = every.findIndex((country) => country.code === after) + 1;
        if (from === 0) throw new UsageError('--cursor: the cursor is not valid; start again without one');
      }
      const items = request.all ? every.slice(from) : every.slice(from, from + request.limit);
      const nextCursor = from + items.length < every.length && items.length ? Buffer.from(JSON.stringify([items.at(-1)!.code])).toString('base64url') : null;
      if (format === 'json') return printJson({ items, nextCursor });
      const { printCountries } = await import('../render/world.js');
      const { notePaging } = await import('../render/print.js');
      printCountries(items, format as 'table' | 'csv');
      if (format === 'table') notePaging(nextCursor);
    });
  });

  const country = program
    .command('country')
    .description("one country's partners ranked, its meetings per year, relations events and the latest known holders of its posts")
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
