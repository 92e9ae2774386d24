import type { Command } from 'commander';
import type { GlobalOptions } from './config.js';
import { reportError } from './errors.js';
import { onlyGlobalOptions } from './global-options.js';

const onTerminal = () => Boolean(process.stdin.isTTY && process.stdout.isTTY);

/** The interactive UI on this terminal; returns the exit code. */
async function openInteractive(options: GlobalOptions): Promise<number> {
  // Ink (and its colour detection) read CI at load and then draw only the final frame,
  // without colour: a live terminal inside a CI job or a dev container that exports CI
  // would stay blank. Both ends are a terminal here, so the screen is meant to be drawn.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  // Ink and React load only here: commands that print data never pay for them.
  const { startInteractive } = await import('./tui/start.js');
  return startInteractive(options);
}

/** `bilat` alone: the interactive UI when both ends are a terminal, else the help (scripts get no surprise UI). */
async function interactive(program: Command): Promise<void> {
  if (!onTerminal()) {
    program.outputHelp();
    return;
  }
  process.exitCode = await openInteractive(program.opts());
}

async function main(argv: string[]): Promise<number> {
  // `bilat` (or `bilat --db FILE`) on a terminal opens the UI at once: the commands'
  // definitions and commander are loaded for a command line that names more.
  const ui = onTerminal() ? onlyGlobalOptions(argv) : undefined;
  if (ui) {
    try {
      return await openInteractive(ui);
    } catch (error) {
      return reportError(error, false);
    }
  }
  const { runCommandLine } = await import('./command-line.js');
  return runCommandLine(argv, { interactive });
}

// `bilat meetings --json | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv);
