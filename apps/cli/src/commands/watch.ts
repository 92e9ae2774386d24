import type { Command } from 'commander';
import { withApi, type BilatApi } from '../data/source.js';
import { describeError, InputError, UsageError } from '../errors.js';
import { parseChoice, parseLimit, parseParty } from '../options.js';
import { note, outputWidth, printJson, printLine } from '../output.js';
import { examples, optionsOf } from './common.js';

/*
 * `bilat watch …` (the sources a user follows) and `bilat inbox …` (what they drafted,
 * waiting for a person's decision). Both go through the API's watch and inbox procedures,
 * on the local database or a server (--api, with a write key for changes).
 */

type Proposal = Awaited<ReturnType<BilatApi['inbox']['list']>>['items'][number];

const STATUSES = ['waiting', 'accepted', 'rejected'] as const;

function parseId(value: string, what: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${what} "${value}" is not an id: expected a whole number (see the list)`);
  return Number(value);
}

/** A proposal that is not there, or already decided, is a mistake in what was typed. */
async function decision<T>(id: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { code, message } = describeError(error);
    if (code === 'NOT_FOUND' || code === 'CONFLICT') throw new InputError(message.replace(/^id: /, ''));
    throw error;
  }
}

export function registerWatchCommands(program: Command): void {
  const watch = program.command('watch').description('watched RSS/Atom feeds and news pages: new reports are drafted into the inbox');

  examples(
    watch
      .command('add')
      .description('watch a feed or a news page whose article links are followed')
      .argument('<url>', 'an RSS 2.0 or Atom feed, or a news-list page')
      .option('--publisher <name>', "who publishes the reports (default: the address's host)")
      .option('--country <code>', "the publisher's country (ISO code)")
      .option('--every <period>', 'how often `serve --watch` fetches it: 30m, 1h, 1d', '1h')
      .option('--json', 'print the source as JSON'),
    ['bilat watch add https://www.example.gov/press/rss.xml --publisher "Example MFA" --country LT --every 1h', 'bilat watch add https://news.example/diplomacy/ --every 30m'],
  ).action(async (url: string, _options: unknown, command: Command) => {
    const options = optionsOf<{ publisher?: string; country?: string; every: string }>(command);
    if (!/^https?:\/\/\S+$/.test(url)) throw new UsageError(`"${url}" is not an http(s) address`);
    const country = options.country === undefined ? undefined : parseParty('--country', options.country);
    await withApi(options, async (api) => {
      const source = await decision(0, () => api.watch.add({ url, every: options.every, ...(options.publisher ? { publisher: options.publisher } : {}), ...(country ? { country } : {}) }));
      if (options.json) return printJson(source);
      printLine(`Watching ${source.url} as source ${source.id} (${source.publisher}, every ${source.every}). Fetch it now with: bilat watch run ${source.id}`);
    });
  });

  examples(watch.command('list').description('watched sources, with the outcome of their last fetch').option('--json', 'print them as JSON'), ['bilat watch list']).action(
    async (_options: unknown, command: Command) => {
      const options = optionsOf(command);
      await withApi(options, async (api) => {
        const sources = await api.watch.list();
        if (options.json) return printJson({ items: sources, nextCursor: null });
        if (sources.length === 0) return note('No sources watched yet. Add one with: bilat watch add URL');
        const { formatTable } = await import('../table.js');
        printLine(
          formatTable(
            sources,
            [
              { header: 'id', value: (s) => String(s.id), align: 'right' },
              { header: 'publisher', value: (s) => s.publisher },
              { header: 'kind', value: (s) => s.kind },
              { header: 'every', value: (s) => s.every },
              { header: 'last fetch', value: (s) => (s.lastFetchedAt ? `${s.lastFetchedAt.slice(0, 16).replace('T', ' ')} ${s.lastStatus ?? ''}`.trim() : 'never') },
              { header: 'url / error', value: (s) => (s.lastError ? `ERROR ${s.lastError}` : s.url), flex: true },
            ],
            { maxWidth: outputWidth() },
          ),
        );
      });
    },
  );

  examples(
    watch.command('remove').description('stop watching a source (its reports and proposals stay)').argument('<id>', 'the source id (bilat watch list)').option('--json', 'print the result as JSON'),
    ['bilat watch remove 3'],
  ).action(async (idText: string, _options: unknown, command: Command) => {
    const options = optionsOf(command);
    const id = parseId(idText, 'source');
    await withApi(options, async (api) => {
      await decision(id, () => api.watch.remove({ id }));
      if (options.json) return printJson({ id, removed: true });
      printLine(`Stopped watching source ${id}.`);
    });
  });

  examples(
    watch
      .command('run')
      .description('fetch watched sources now; new reports are drafted into the inbox')
      .argument('[id]', 'one source (default: every source)')
      .option('--due', 'only the sources whose next fetch is due')
      .option('--loop', 'keep running: fetch the due sources every minute until stopped (what `serve --watch` and `npm start` with BILAT_WATCH=1 do)')
      .option('--json', 'print the outcome as JSON'),
    ['bilat watch run', 'bilat watch run 2', 'bilat watch run --json', 'bilat watch run --loop'],
  ).action(async (idText: string | undefined, _options: unknown, command: Command) => {
    const options = optionsOf<{ due?: boolean; loop?: boolean }>(command);
    const id = idText === undefined ? undefined : parseId(idText, 'source');
    if (options.loop) {
      if (id !== undefined) throw new UsageError('--loop runs every due source; leave out the id');
      const { requireLocal } = await import('../database.js');
      requireLocal(options, 'watch run --loop');
      const [{ openDatabase }, { startWatchSchedule }, { resolveDatabaseConfig }] = await Promise.all([import('@bilat/db'), import('@bilat/api'), import('../config.js')]);
      const database = await openDatabase(resolveDatabaseConfig(options));
      const tickMs = /^\d+$/.test(process.env.BILAT_WATCH_TICK_MS ?? '') ? Number(process.env.BILAT_WATCH_TICK_MS) : 60_000;
      const schedule = startWatchSchedule(database, {
        tickMs,
        keepAlive: true,
        onRun: (sources) => {
          for (const source of sources) note(`watch: source ${source.id}: ${source.notModified ? 'unchanged' : `${source.fetched} fetched, ${source.newItems} new`}${source.error ? `, error: ${source.error}` : ''}`);
        },
        onError: (error) => note(`watch: ${(error as Error).message}`),
      });
      note(`Watching ${database.location}: due sources are fetched every ${tickMs / 1000} s (Ctrl-C stops)`);
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
      });
      await schedule.stop();
      await database.close();
      return;
    }
    await withApi(options, async (api) => {
      const result = await decision(id ?? 0, () => api.watch.run({ ...(id !== undefined ? { id } : {}), ...(options.due ? { due: true } : {}) }));
      if (options.json) return printJson(result);
      for (const source of result.sources) {
        const what = source.notModified ? 'unchanged (304)' : `${source.fetched} fetched, ${source.newItems} new${source.joined ? ` (${source.joined} joined a proposal from another outlet)` : ''}`;
        printLine(`source ${source.id}: ${what}${source.error ? ` — error: ${source.error}` : ''}`);
      }
      const waiting = await api.inbox.count();
      printLine(`${waiting.waiting} proposal${waiting.waiting === 1 ? '' : 's'} waiting: bilat inbox`);
      if (result.sources.some((s) => s.error)) process.exitCode = 1;
    });
  });

  const inbox = program.command('inbox').description('proposed records from watched sources and importers, waiting for review');

  const listAction = async (_options: unknown, command: Command) => {
    const options = optionsOf<{ status?: string; pair?: string; limit?: string; cursor?: string }>(command);
    const status = options.status === undefined ? 'waiting' : parseChoice('--status', options.status, STATUSES);
    const limit = options.limit === undefined ? undefined : parseLimit('--limit', options.limit);
    await withApi(options, async (api) => {
      const page = await api.inbox.list({ status, ...(options.pair ? { pair: options.pair.toUpperCase() } : {}), ...(limit ? { limit } : {}), ...(options.cursor ? { cursor: options.cursor } : {}) });
      if (options.json) return printJson(page);
      if (page.items.length === 0) return note(status === 'waiting' ? 'Nothing waiting. Fetch watched sources with: bilat watch run' : `No ${status} proposals.`);
      for (const proposal of page.items) printLine(formatProposal(proposal));
      if (page.nextCursor) note(`More: --cursor ${page.nextCursor}`);
    });
  };
  const listOptions = (command: Command) =>
    command
      .option('--status <status>', `${STATUSES.join(', ')} (default waiting)`)
      .option('--pair <pair>', 'one country pair, e.g. KZ-LT')
      .option('--limit <n>', 'proposals per page (default 50)')
      .option('--cursor <cursor>', 'the next page, as the previous one said')
      .option('--json', 'print { items, nextCursor } as JSON');
  listOptions(inbox).action(listAction);
  examples(listOptions(inbox.command('list').description('proposals with their sources and the words of each fact')), ['bilat inbox list', 'bilat inbox list --status rejected --json']).action(listAction);

  examples(
    inbox
      .command('accept')
      .description('accept a proposal (its records are imported in one batch: bilat import undo BATCH takes them back), or with --all every one above a confidence')
      .argument('[id]', 'the proposal id (bilat inbox)')
      .option('--title <text>', 'change the proposed title first')
      .option('--all', 'every waiting proposal at or above --min-confidence')
      .option('--min-confidence <n>', 'with --all: 0–1; facts below it are left out, proposals below it keep waiting')
      .option('--json', 'print the outcome as JSON'),
    ['bilat inbox accept 12', 'bilat inbox accept 12 --title "Third round of political consultations"', 'bilat inbox accept --all --min-confidence 0.8'],
  ).action(async (idText: string | undefined, _options: unknown, command: Command) => {
    const options = optionsOf<{ title?: string; all?: boolean; minConfidence?: string }>(command);
    if (options.all) {
      if (idText !== undefined) throw new UsageError('Give a proposal id or --all, not both');
      if (options.title !== undefined) throw new UsageError('--title edits one proposal; leave it out with --all');
      if (options.minConfidence === undefined) throw new UsageError('--all needs --min-confidence (0–1): accepting everything unseen should be a choice');
      const min = Number(options.minConfidence);
      if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(options.minConfidence) || Number.isNaN(min)) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${options.minConfidence}"`);
      await withApi(options, async (api) => {
        const result = await api.inbox.acceptAll({ minConfidence: min });
        if (options.json) return printJson(result);
        printLine(`Accepted ${result.accepted} proposal${result.accepted === 1 ? '' : 's'}${result.batchIds.length ? ` (batches ${result.batchIds.join(', ')})` : ''}.`);
        for (const failure of result.failed) note(`proposal ${failure.id} not accepted: ${failure.error}`);
        if (result.failed.length) process.exitCode = 1;
      });
      return;
    }
    if (options.minConfidence !== undefined) throw new UsageError('--min-confidence goes with --all');
    if (idText === undefined) throw new UsageError('Give the proposal id to accept (bilat inbox lists them), or --all --min-confidence N');
    const id = parseId(idText, 'proposal');
    if (options.title !== undefined && options.title.trim() === '') throw new UsageError('--title is empty');
    await withApi(options, async (api) => {
      const result = await decision(id, () => api.inbox.accept({ id, ...(options.title ? { edits: { title: options.title.trim() } } : {}) }));
      if (options.json) return printJson(result);
      printLine(result.batchId ? `Accepted proposal ${id}: ${result.recordIds.length} records in batch ${result.batchId} (undo with: bilat import undo ${result.batchId}).` : `Accepted proposal ${id}: everything it proposes was already held.`);
    });
  });

  examples(
    inbox.command('reject').description('reject a proposal; its reports are remembered and not drafted again').argument('<id>', 'the proposal id').option('--reason <text>', 'why, for the record').option('--json', 'print the outcome as JSON'),
    ['bilat inbox reject 13 --reason "not a bilateral meeting"'],
  ).action(async (idText: string, _options: unknown, command: Command) => {
    const options = optionsOf<{ reason?: string }>(command);
    const id = parseId(idText, 'proposal');
    await withApi(options, async (api) => {
      await decision(id, () => api.inbox.reject({ id, ...(options.reason?.trim() ? { reason: options.reason.trim() } : {}) }));
      if (options.json) return printJson({ id, rejected: true });
      printLine(`Rejected proposal ${id}.`);
    });
  });
}

/** A proposal as people read it: what, when, who reported it, and each fact with its words. */
export function formatProposal(proposal: Proposal): string {
  const lines = [
    `#${proposal.id}  ${proposal.kind}  ${proposal.pair ?? ''}  ${proposal.date ?? ''}  ${proposal.title}  (confidence ${proposal.confidence.toFixed(2)}${proposal.matchedRecordId ? `, cites held ${proposal.matchedRecordId} again` : ''})`.replace(/ {3,}/g, '  '),
  ];
  for (const source of proposal.sources) lines.push(`    source: ${source.publisher}, ${source.publishedAt ?? 'undated'}: ${source.title}${source.url ? ` <${source.url}>` : ''}`);
  for (const fact of proposal.facts.filter((f) => f.field !== 'source')) {
    lines.push(`    ${fact.held ? '=' : '+'} ${fact.field}: ${fact.value} [${fact.confidence.toFixed(2)}]${fact.words ? `  “${fact.words.length > 160 ? `${fact.words.slice(0, 157)}…` : fact.words}”` : ''}`);
  }
  return lines.join('\n');
}
