import { CommanderError, type Command } from 'commander';
import { EXIT_OK, EXIT_USAGE, reportError } from './errors.js';
import { buildProgram } from './program.js';

/** `bilat` alone: the interactive UI when both ends are a terminal, else the help (scripts get no surprise UI). */
async function interactive(program: Command): Promise<void> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    program.outputHelp();
    return;
  }
  // Ink (and its colour detection) read CI at load and then draw only the final frame,
  // without colour: a live terminal inside a CI job or a dev container that exports CI
  // would stay blank. Both ends are a terminal here, so the screen is meant to be drawn.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  // Ink and React load only here: commands that print data never pay for them.
  const { startInteractive } = await import('./tui/start.js');
  process.exitCode = await startInteractive(program.opts());
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const program = await buildProgram({ interactive }, argv);
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

// `bilat meetings --json | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
