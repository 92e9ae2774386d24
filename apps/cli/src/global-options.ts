import type { GlobalOptions } from './config.js';

/*
 * The options every command takes, in one list: the program defines them from it
 * (program.ts), and `bilat` on a terminal with nothing but these reads them here and
 * opens the UI without loading the commands' definitions (commander) at all.
 */

export const GLOBAL_OPTIONS: readonly { flag: string; value: string; key: keyof GlobalOptions; help: string }[] = [
  { flag: '--db', value: '<path>', key: 'db', help: 'SQLite database file (default: .bilat/bilat.db at the repository root, or here); env BILAT_DB' },
  { flag: '--database-url', value: '<url>', key: 'databaseUrl', help: 'use PostgreSQL at this URL instead; env DATABASE_URL' },
  { flag: '--api', value: '<url>', key: 'api', help: 'talk to a running `bilat serve` at this address instead of a local database; env BILAT_API_URL' },
  { flag: '--api-key', value: '<key>', key: 'apiKey', help: 'API key for --api (reads on a --private server, writes, keys); env BILAT_API_KEY' },
];

/**
 * The global options of a command line that holds nothing else (`bilat`, `bilat --db
 * FILE`), as commander would give them; undefined for anything else — a command, help,
 * an option given twice or written `--db=FILE`, a value that looks like an option — which
 * commander then reads (and reports on) as always.
 */
export function onlyGlobalOptions(argv: readonly string[]): GlobalOptions | undefined {
  const words = argv.slice(2);
  const options: GlobalOptions = {};
  for (let index = 0; index < words.length; index += 2) {
    const option = GLOBAL_OPTIONS.find((candidate) => candidate.flag === words[index]);
    const value = words[index + 1];
    if (!option || value === undefined || value.startsWith('-') || options[option.key] !== undefined) return undefined;
    options[option.key] = value;
  }
  return options;
}
