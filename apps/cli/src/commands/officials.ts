import type { Command } from 'commander';
import { collectPages, listDocument } from '../data/pages.js';
import { withApi, type BilatApi } from '../data/source.js';
import { UsageError } from '../errors.js';
import { addFormatOptions, addPageOptions, checkParties, formatOf, pageRequest, parseDate, parseParty, type PageOptions } from '../options.js';
import { note, printJson } from '../output.js';
import { examples, optionsOf } from './common.js';

type OfficialsOptions = PageOptions & { country?: string; q?: string; post?: string; on?: string };

/** Today as YYYY-MM-DD (UTC), the day `--post` asks about when `--on` is left out. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The posts each person on the page is recorded in, fetched together (one batched request over HTTP). */
async function withPosts(api: BilatApi, people: { id: string }[]) {
  const { holdingDates } = await import('../views/record.js');
  const holdings = await Promise.all(people.map((person) => api.holdings.list({ person: person.id, limit: 100 })));
  const postIds = [...new Set(holdings.flatMap((page) => page.items.map((h) => h.postId)))];
  const posts = new Map((await Promise.all(postIds.map((id) => api.posts.get({ id }).catch(() => undefined)))).filter((p) => p !== undefined).map((p) => [p.id, p]));
  return holdings.map((page) => page.items.map((h) => ({ title: posts.get(h.postId)?.title ?? h.postId, dates: holdingDates(h) })));
}

export function registerOfficialsCommand(program: Command): void {
  const command = program
    .command('officials')
    .description('people and their posts; with --post and --on: who held that post on that day')
    .option('--country <code>', 'officials of this country (e.g. KZ)')
    .option('--q <text>', 'names matching these words (spellings and transliterations are folded: Vasilenko finds Vassilenko)')
    .option('--post <text>', 'words of a post title, e.g. "deputy minister of foreign affairs"')
    .option('--on <date>', 'with --post: the day (or month, or year) to ask about; default today');
  addPageOptions(command);
  addFormatOptions(command, ['json', 'csv']);
  examples(command, [
    'bilat officials --country LT',
    'bilat officials --q vasilenko',
    'bilat officials --post "deputy minister of foreign affairs" --country KZ --on 2024-06-20',
  ]).action(async (_options: unknown, cmd: Command) => {
    const options = optionsOf<OfficialsOptions>(cmd);
    const format = formatOf(options);
    const country = options.country === undefined ? undefined : parseParty('--country', options.country);
    if (options.on !== undefined && options.post === undefined) throw new UsageError('--on goes with --post: e.g. --post "minister of transport" --on 2024-05');
    const on = options.on === undefined ? undefined : parseDate('--on', options.on);
    await checkParties({ '--country': country });
    const page = pageRequest(options);

    await withApi(options, async (api) => {
      if (options.post !== undefined) {
        if (options.q !== undefined) throw new UsageError('--q searches names; with --post, give the words of the post title only');
        const day = on ?? today();
        if (on === undefined && format === 'table') note(`Holders on ${day} (today); give --on DATE for another day.`);
        const holders = await api.people.holders({ post: options.post, on: day, country });
        if (format === 'json') return printJson({ items: holders, nextCursor: null });
        const { printHolders } = await import('../render/tables.js');
        return printHolders(holders, format as 'table' | 'csv', options.post, day);
      }
      const result = await collectPages((cursor) => api.people.list({ country, q: options.q, limit: page.limit, cursor }), { cursor: page.cursor, all: page.all });
      if (format === 'json') return printJson(listDocument(result));
      const posts = await withPosts(api, result.items);
      const { printPeople } = await import('../render/tables.js');
      printPeople({ ...result, items: result.items.map((person, index) => ({ person, posts: posts[index] ?? [] })) }, format as 'table' | 'csv');
    });
  });
}
