import { CommanderError, type Command } from 'commander';
import { EXIT_OK, EXIT_USAGE, reportError } from './errors.js';
import { buildProgram, type ProgramHooks } from './program.js';

/** Runs a command line through commander: the command it names, help, or the UI through `hooks`; returns the exit code. */
export async function runCommandLine(argv: string[], hooks: ProgramHooks): Promise<number> {
  const json = argv.includes('--json');
  const program = await buildProgram(hooks, argv);
  // Commander's own messages are replaced by one report (JSON under --json), below.
  const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];
  for (const command of all(program)) command.configureOutput({ outputError: () => {} });
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are printed by commander and are not failures.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
      const message = error.message.replace(/^error: /, '');
      if (json) process.stderr.write(`${JSON.stringify({ error: { code: 'USAGE', message } })}\n`);
      else process.stderr.write(`bilat: ${message}\n(run with --help for usage)\n`);
      return EXIT_USAGE;
    }
    return reportError(error, json);
  }
}
