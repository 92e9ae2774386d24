import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { registerChangesCommand } from './commands/changes.js';
import { examples } from './commands/common.js';
import { registerDbCommands } from './commands/db.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerExportCommand, registerImportCommand } from './commands/interchange.js';
import { registerKeysCommands } from './commands/keys.js';
import { registerListCommands } from './commands/lists.js';
import { registerMeetingsCommand } from './commands/meetings.js';
import { registerOfficialsCommand } from './commands/officials.js';
import { registerPairCommands } from './commands/pairs.js';
import { registerRecordCommands } from './commands/records.js';
import { registerSearchCommand } from './commands/search.js';
import { registerServeCommand } from './commands/serve.js';
import { registerWatchCommands } from './commands/watch.js';
import { registerWorldCommands } from './commands/world.js';

/*
 * The `bilat` command line. Registering commands loads only commander and small
 * helpers; each command loads the data layer, renderers or the terminal UI when it runs.
 */

export interface ProgramHooks {
  /** What `bilat` with no command does (the interactive UI on a terminal, help otherwise). */
  interactive: (program: Command) => Promise<void>;
}

export function buildProgram(hooks: ProgramHooks): Command {
  const program = new Command('bilat')
    .description('bilat: a typed, source-backed record of bilateral relations between countries.\nRun it without a command on a terminal to browse interactively.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .option('--db <path>', 'SQLite database file (default: .bilat/bilat.db at the repository root, or here); env BILAT_DB')
    .option('--database-url <url>', 'use PostgreSQL at this URL instead; env DATABASE_URL')
    .option('--api <url>', 'talk to a running `bilat serve` at this address instead of a local database; env BILAT_API_URL')
    .option('--api-key <key>', 'API key for --api (reads on a --private server, writes, keys); env BILAT_API_KEY')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride();
  examples(program, ['bilat', 'bilat dossier KZ LT', 'bilat meetings --country KZ --partner LT --json', 'bilat --api http://localhost:4000 pairs']);
  program.action(async () => hooks.interactive(program));

  registerPairCommands(program);
  registerWorldCommands(program);
  registerMeetingsCommand(program);
  registerRecordCommands(program);
  registerOfficialsCommand(program);
  registerListCommands(program);
  registerChangesCommand(program);
  registerSearchCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerExtractCommand(program);
  registerServeCommand(program);
  registerDbCommands(program);
  registerKeysCommands(program);
  registerWatchCommands(program);

  // Subcommands throw instead of exiting, so every error goes through one report with one exit code.
  const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];
  for (const command of all(program)) command.exitOverride();
  return program;
}
