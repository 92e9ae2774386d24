import { Command, CommanderError } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { registerDbCommands } from './commands/db.js';
import { registerKeysCommands } from './commands/keys.js';
import { registerServeCommand } from './commands/serve.js';
import { EXIT_USAGE, reportError } from './errors.js';

function buildProgram(): Command {
  const program = new Command('bilat')
    .description('bilat: a typed, source-backed record of bilateral relations between countries')
    .version(packageJson.version, '-V, --version', 'print the version')
    .option('--db <path>', 'SQLite database file (default: .bilat/bilat.db at the repository root, or here); env BILAT_DB')
    .option('--database-url <url>', 'use PostgreSQL at this URL instead; env DATABASE_URL')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride();
  registerDbCommands(program);
  registerServeCommand(program);
  registerKeysCommands(program);
  // Subcommands throw instead of exiting, so every error goes through one report with one exit code.
  for (const command of program.commands) command.exitOverride();
  for (const command of program.commands.flatMap((c) => c.commands)) command.exitOverride();
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  const json = argv.includes('--json');
  if (argv.length <= 2) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are printed by commander and are not failures.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    return reportError(error, json);
  }
}

process.exitCode = await main(process.argv);
