import type { Command } from 'commander';
import { withApi, withQuickReads } from '../data/source.js';
import { collectPages, listDocument } from '../data/pages.js';
import { UsageError } from '../errors.js';
import { addFormatOptions, addPageOptions, checkParties, checkRegion, formatOf, pageRequest, parseChoice, parseDate, parseKnownPair, parseParty, type PageOptions } from '../options.js';
import { PAIR_SORTS } from '@bilat/domain/measures';
import { printJson } from '../output.js';
import { examples, optionsOf } from './common.js';

/** How a pair command's `<pair...>` arguments may be spelled (parsePairArgs). */
const PAIR_ARGUMENT = 'the pair: KZ LT, KZ-LT or lt-kz';

/** `bilat pairs`, `bilat dossier`, `bilat interactions` and `bilat trade`: what concerns a pair. */
export function registerPairCommands(program: Command): void {
  const pairs = program
    .command('pairs')
    .description('country pairs with counts of meetings, visits, agreements, relations events, records and trade years, busiest first')
    .option('--country <code>', 'pairs with this party (e.g. KZ)')
    .option('--region <region>', 'pairs with a party in this UN M49 region, by name or code ("Central Asia", 143); with --country, pairs whose partner is in it')
    .option('--sort <order>', `${PAIR_SORTS.join(', ')} (default meetings)`);
  addPageOptions(pairs);
  addFormatOptions(pairs, ['json', 'csv']);
  examples(pairs, ['bilat pairs', 'bilat pairs --country KZ --sort latest', 'bilat pairs --region "Central Asia" --limit 20', 'bilat pairs --all --json | jq -r ".items[].pair"']).action(async (_options: unknown, command: Command) => {
    const options = optionsOf<PageOptions & { country?: string; region?: string; sort?: string }>(command);
    const format = formatOf(options);
    const request = pageRequest(options);
    const country = options.country === undefined ? undefined : parseParty('--country', options.country);
    const sort = options.sort === undefined ? undefined : parseChoice('--sort', options.sort, PAIR_SORTS);
    await checkParties({ '--country': country });
    await checkRegion(options.region);
    // The quick path: on a migrated local file, only the kept summaries are read.
    await withQuickReads(options, async (reads) => {
      let total = 0;
      const page = await collectPages(async (cursor) => {
        const answer = await reads.pairs.list({ country, region: options.region, sort, limit: request.limit, cursor });
        total = answer.total;
        return answer;
      }, request);
      if (format === 'json') return printJson({ ...listDocument(page), total });
      const { printPairs } = await import('../render/pairs.js');
      await printPairs(page, total, format as 'table' | 'csv');
    });
  });

  const dossier = program
    .command('dossier')
    .description('everything about one pair: series, meetings, officials, agreements, commitments, trade, investment, indicators, sources')
    .argument('<pair...>', PAIR_ARGUMENT)
    .option('--as-of <date>', 'the dossier as it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD)');
  addFormatOptions(dossier, ['json', 'md']);
  examples(dossier, ['bilat dossier KZ LT', 'bilat dossier kz-lt --as-of 2024-01 --md > briefing.md', 'bilat dossier KZ LT --json | jq ".trade"']).action(
    async (args: string[], _options: unknown, command: Command) => {
      const options = optionsOf<{ asOf?: string }>(command);
      const format = formatOf(options);
      const pair = await parseKnownPair(args);
      const asOf = options.asOf === undefined ? undefined : parseDate('--as-of', options.asOf);
      await withApi(options, async (api) => {
        // The API sends trade as series and long sections a page at a time; the command reads every page.
        const { wholeDossier } = await import('../data/dossier.js');
        const result = await wholeDossier(api, pair, asOf);
        if (format === 'json') return printJson(result);
        const { printDossier } = await import('../render/dossier.js');
        printDossier(result, format as 'table' | 'md');
      });
    },
  );

  const interactions = program
    .command('interactions')
    .description('machine-coded news events (GDELT) between the pair, by month')
    .argument('<pair...>', PAIR_ARGUMENT);
  addFormatOptions(interactions, ['json', 'csv']);
  examples(interactions, ['bilat interactions KZ LT', 'bilat interactions KZ-LT --json']).action(async (args: string[], _options: unknown, command: Command) => {
    const options = optionsOf(command);
    const format = formatOf(options);
    const pair = await parseKnownPair(args);
    await withApi(options, async (api) => {
      const { wholeDossier } = await import('../data/dossier.js');
      const result = await wholeDossier(api, pair);
      if (format === 'json') return printJson({ items: result.interactions, nextCursor: null });
      const { printInteractions } = await import('../render/dossier.js');
      printInteractions(result, format as 'table' | 'csv');
    });
  });

  const relations = program
    .command('relations')
    .description('relations events between the pair, oldest first: recognition, diplomatic relations established, severed, resumed, legations and embassies opened, raised, moved, closed')
    .argument('<pair...>', 'the pair: US KZ, KZ-US or us-kz');
  addFormatOptions(relations, ['json', 'csv']);
  examples(relations, ['bilat relations US KZ', "bilat relations LT US --json | jq -r '.items[] | [.date.start, .kind] | @tsv'", 'bilat relations US SUHH --csv']).action(
    async (args: string[], _options: unknown, command: Command) => {
      const options = optionsOf(command);
      const format = formatOf(options);
      const pair = await parseKnownPair(args);
      const [country, partner] = pair.split('-') as [string, string];
      await withApi(options, async (api) => {
        const page = await collectPages((cursor) => api.relations.list({ country, partner, limit: 500, cursor }), { all: true });
        const { chronological, printRelations } = await import('../render/relations.js');
        const items = chronological(page.items);
        if (format === 'json') return printJson(listDocument({ items, nextCursor: null }));
        printRelations(items, pair, format as 'table' | 'csv');
      });
    },
  );

  const trade = program
    .command('trade')
    .description('trade between the pair by year and flow, with the reporting side named')
    .argument('<pair...>', PAIR_ARGUMENT)
    .option('--reporter <code>', "only figures from this side's statistics (e.g. KZ)")
    .option('--flow <flow>', 'only export, import or turnover')
    .option('--commodity <code>', 'a commodity code (e.g. 01, kept as text) instead of the totals (TOTAL)', 'TOTAL');
  addFormatOptions(trade, ['json', 'csv']);
  examples(trade, ['bilat trade KZ LT', 'bilat trade KZ LT --reporter KZ --csv > kz-lt-trade.csv']).action(async (args: string[], _options: unknown, command: Command) => {
    const options = optionsOf<{ reporter?: string; flow?: string; commodity: string }>(command);
    const format = formatOf(options);
    const pair = await parseKnownPair(args);
    const reporter = options.reporter === undefined ? undefined : parseParty('--reporter', options.reporter);
    if (reporter && !pair.split('-').includes(reporter)) throw new UsageError(`--reporter ${reporter} is not one of the pair ${pair}`);
    const flow = options.flow === undefined ? undefined : parseChoice('--flow', options.flow, ['export', 'import', 'turnover'] as const);
    const [country, partner] = pair.split('-') as [string, string];
    await withApi(options, async (api) => {
      const page = await collectPages((cursor) => api.trade.list({ country, partner, reporter, flow, commodity: options.commodity.toUpperCase() === 'TOTAL' ? 'TOTAL' : options.commodity, limit: 500, cursor }), { all: true });
      const { sortTradeFlows } = await import('../views/trade.js');
      const items = sortTradeFlows(page.items);
      if (format === 'json') return printJson(listDocument({ items, nextCursor: null }));
      const { printTrade } = await import('../render/dossier.js');
      printTrade(items, pair, format as 'table' | 'csv');
    });
  });
}
