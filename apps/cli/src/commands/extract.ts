import type { Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { parseDate } from '../options.js';
import { note, printJson, printLine, printRaw } from '../output.js';
import { examples, optionsOf } from './common.js';

/*
 * `bilat extract FILE`: drafts records from a press release through the API's
 * extract.draft (local database or --api alike), prints them for a person to read, and
 * with --apply saves them through extract.save — one import batch, undone with
 * `bilat import undo`. The extractor and the review screen load only when this runs.
 */

interface ExtractFlags {
  published?: string;
  publisher?: string;
  title?: string;
  url?: string;
  yaml?: boolean;
  apply?: boolean;
  yes?: boolean;
}

/** What the report file says and how to send it. */
export interface ReportFile {
  body: { text: string } | { html: string };
  /** Read from front matter or the page's head, when the file has them. */
  meta: { published?: string; publisher?: string; title?: string; url?: string };
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<main[\s>]|<div[\s>]|<p[\s>]|<!--)/i;

/** A saved page (by its name or how it begins) or text, with what it says about itself. */
export async function readReport(file: string, raw: string): Promise<ReportFile> {
  const { parseFrontMatter, pageMeta } = await import('@bilat/extract');
  const content = raw.replace(/^\uFEFF/, '');
  if (/\.x?html?$/i.test(file) || HTML_START.test(content)) return { body: { html: content }, meta: pageMeta(content) };
  const { text, fields } = parseFrontMatter(content);
  const meta: ReportFile['meta'] = {};
  for (const key of ['published', 'publisher', 'title', 'url'] as const) if (fields[key]) meta[key] = fields[key];
  return { body: { text }, meta };
}

async function readFileOrStdin(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

export function registerExtractCommand(program: Command): void {
  const command = program
    .command('extract')
    .description('draft records from a press release (text or HTML), each fact pointing at its words; --apply saves them (one batch, undo with `bilat import undo`)')
    .argument('<file>', 'the report: a text file (may start with front matter: published, publisher, title, url), a saved HTML page, or - for stdin')
    .option('--published <date>', "the report's date, YYYY-MM-DD (default: the file's front matter or page metadata, else a date line under the headline, the dateline, the --url address, else today, with a warning); relative dates (\"last year\", \"on Tuesday\") resolve against it")
    .option('--publisher <name>', 'who published the report (default: the front matter or page metadata)')
    .option('--title <text>', 'the headline (default: the first line, or the page title)')
    .option('--url <address>', "the report's address, kept with the source")
    .option('--json', 'print the draft bundle as JSON (bilat import bundle reads it); with --apply, the import summary')
    .option('--yaml', 'print the draft bundle as YAML (bilat import bundle reads it)')
    .option('--apply', 'save the draft: review each fact first (on a terminal), then save it as one import batch')
    .option('--yes', 'with --apply: save every drafted fact without the review');
  examples(command, [
    'bilat extract report.txt --published 2024-06-20 --publisher Kazinform',
    'bilat extract saved-page.html --yaml > draft.yaml',
    'bilat extract report.txt --apply',
    'bilat extract report.txt --apply --yes --json',
    'curl -s https://example.org/news/123 | bilat extract - --published 2024-06-20 --publisher "Example News"',
  ]).action(async (file: string, _options: unknown, cmd: Command) => {
    const options = optionsOf<ExtractFlags>(cmd);
    if (options.json && options.yaml) throw new UsageError('Choose one output format, not --json and --yaml');
    if (options.yes && !options.apply) throw new UsageError('--yes goes with --apply (save without review)');
    if (options.apply && options.yaml) throw new UsageError('--yaml prints the draft; leave it out with --apply (or use --json for the import summary)');
    if (options.published !== undefined) parseDate('--published', options.published);
    if (options.publisher !== undefined && options.publisher.trim() === '') throw new UsageError('--publisher is empty');
    if (options.url !== undefined && !/^https?:\/\/\S+$/.test(options.url)) throw new UsageError(`--url "${options.url}" is not an http(s) address`);
    const review = options.apply && !options.yes;
    if (review && !(process.stdin.isTTY && process.stdout.isTTY)) {
      throw new UsageError('--apply reviews each fact on a terminal, and this is not one: add --yes to save every drafted fact without review (or run without --apply to read the draft first)');
    }
    if (review && file === '-') throw new UsageError('--apply without --yes reads your keys from the terminal, so the report cannot come from stdin: give a FILE, or add --yes');

    const raw = await readFileOrStdin(file);
    const name = file === '-' ? 'stdin' : file;
    if (raw.includes('\u0000')) throw new InputError(`${name}: this is not a text or HTML file (it holds NUL bytes)`);
    if (raw.trim() === '') throw new InputError(`${name}: the report is empty`);
    const report = await readReport(file, raw);
    if ('text' in report.body && report.body.text.trim() === '') throw new InputError(`${name}: the report is empty (only front matter)`);
    const published = options.published ?? report.meta.published;
    if (published !== undefined && options.published === undefined) {
      try {
        parseDate('published', published);
      } catch {
        throw new InputError(`${name}: published "${published}" (in the file) is not a date: expected YYYY-MM-DD; give --published`);
      }
    }
    const publishedFrom = options.published !== undefined ? ('options' as const) : 'html' in report.body ? ('page metadata' as const) : ('front matter' as const);
    const input = {
      ...report.body,
      // Without a date here, the extractor reads it from the text (a date line, the dateline, the address) or takes today, and says which.
      ...(published !== undefined ? { published, publishedFrom } : {}),
      ...((options.publisher ?? report.meta.publisher) ? { publisher: (options.publisher ?? report.meta.publisher)!.trim() } : {}),
      ...((options.title ?? report.meta.title) ? { title: options.title ?? report.meta.title } : {}),
      ...((options.url ?? report.meta.url) ? { url: options.url ?? report.meta.url } : {}),
    };

    const { withApi } = await import('../data/source.js');
    await withApi(options, async (api, source) => {
      const draft = await api.extract.draft(input);
      if (draft.publishedFrom === 'today') note(`bilat: ${name} gives no date and --published was not given: using today, ${draft.source.published} (no front matter, page metadata, date line, dateline or dated address). Relative dates ("last year", "on Tuesday") resolve against it.`);
      if (draft.publishedFrom === 'text') note(`bilat: ${name} gives no date and --published was not given: taken to be ${draft.source.published}, the year its figures speak from ("January–April ${draft.source.published}", "the results of" the year before). Relative dates resolve against it.`);
      for (const warning of draft.warnings.filter((w) => /does not read/.test(w))) note(`bilat: ${warning}`);
      if (!options.apply) {
        if (options.json) return printJson(draft.bundle);
        if (options.yaml) {
          const { stringifyBundle } = await import('@bilat/domain/yaml');
          return printRaw(stringifyBundle(draft.bundle));
        }
        const { formatDraft } = await import('../render/draft.js');
        printLine(formatDraft(draft, { file: name }));
        printLine();
        printLine(`Nothing was saved. Save it with: bilat extract ${file} --apply${options.published ? ` --published ${published}` : ''}`);
        return;
      }
      if (draft.facts.length === 0) throw new InputError(`${name}: no facts were found to draft; nothing was saved`);
      let bundle = draft.bundle;
      let skipped = 0;
      if (review) {
        // Ink reads CI when it loads and would then draw only a final frame; this is a terminal.
        delete process.env.CI;
        delete process.env.CONTINUOUS_INTEGRATION;
        const { reviewDraft } = await import('../tui/review.js');
        const decision = await reviewDraft(draft, name);
        if (!decision) {
          note('Review cancelled: nothing was saved.');
          process.exitCode = 1;
          return;
        }
        const { dropFromDraft } = await import('@bilat/extract');
        const dropped = dropFromDraft(draft.bundle, decision.skipped);
        bundle = dropped.bundle;
        skipped = dropped.dropped.length;
        if (!bundle.sources || Object.keys(bundle).filter((key) => !['format', 'version', 'description', 'sources'].includes(key)).length === 0) {
          note('Every fact was skipped: nothing was saved.');
          return;
        }
      }
      const saved = await api.extract.save({ bundle });
      if (options.json) return printJson({ ...saved, skipped });
      const { created, updated, unchanged } = saved.total;
      if (saved.batchId) printLine(`Saved the draft of ${name} into ${source.location}: ${created} created, ${updated} updated, ${unchanged} unchanged${skipped ? `; ${skipped} left out` : ''}`);
      else printLine(`${name} is already saved: nothing changed (${unchanged} records unchanged)`);
      const disputes = saved.byKind.dispute?.created ?? 0;
      if (disputes) printLine(`  ${disputes} ${disputes === 1 ? 'dispute' : 'disputes'} with what the database held: both versions are kept (bilat dossier shows them)`);
      if (saved.sourceId) printLine(`  source ${saved.sourceId} (the text is stored with it; citations point at its characters)`);
      for (const pair of saved.pairs) printLine(`  dossier: bilat dossier ${pair.replace('-', ' ')}`);
      if (saved.batchId) printLine(`  batch ${saved.batchId} (undo with: bilat import undo ${saved.batchId})`);
    });
  });
}
