import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { examples } from './commands/common.js';
import { GLOBAL_OPTIONS } from './global-options.js';

/*
 * The `bilat` command line. Only the command asked for is defined: its module (its
 * options, help and action) is imported by name, so `bilat pairs` loads the pairs
 * commands' code and no other's. Help, and a name bilat does not know (for commander's
 * "did you mean"), define every command. Each command loads the data layer, renderers or
 * the terminal UI when it runs.
 */

type Register = (program: Command) => void;

/**
 * Every command module, in the order help lists them, with the top-level names it defines
 * (test/program.test.ts checks these against what each module registers).
 */
export const COMMAND_MODULES: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ['pairs', 'dossier', 'interactions', 'relations', 'trade'], load: async () => (await import('./commands/pairs.js')).registerPairCommands },
  { names: ['countries', 'country'], load: async () => (await import('./commands/world.js')).registerWorldCommands },
  { names: ['meetings'], load: async () => (await import('./commands/meetings.js')).registerMeetingsCommand },
  { names: ['meeting', 'official', 'agreement', 'source'], load: async () => (await import('./commands/records.js')).registerRecordCommands },
  { names: ['officials'], load: async () => (await import('./commands/officials.js')).registerOfficialsCommand },
  { names: ['series', 'agreements', 'organizations', 'visits'], load: async () => (await import('./commands/lists.js')).registerListCommands },
  { names: ['changes'], load: async () => (await import('./commands/changes.js')).registerChangesCommand },
  { names: ['search'], load: async () => (await import('./commands/search.js')).registerSearchCommand },
  { names: ['import'], load: async () => (await import('./commands/interchange.js')).registerImportCommand },
  { names: ['export'], load: async () => (await import('./commands/interchange.js')).registerExportCommand },
  { names: ['extract'], load: async () => (await import('./commands/extract.js')).registerExtractCommand },
  { names: ['serve'], load: async () => (await import('./commands/serve.js')).registerServeCommand },
  { names: ['db'], load: async () => (await import('./commands/db.js')).registerDbCommands },
  { names: ['keys'], load: async () => (await import('./commands/keys.js')).registerKeysCommands },
  { names: ['watch', 'inbox'], load: async () => (await import('./commands/watch.js')).registerWatchCommands },
];

/** Global options take a value (`--db FILE`), so the word after one is not a command's name. */
const GLOBAL_VALUES = new Set(GLOBAL_OPTIONS.map((option) => option.flag));

/**
 * The modules `argv` needs: the one defining its command; none for `bilat` alone (the
 * UI) or `--version`; every one for help or a name no module defines.
 */
export function modulesFor(argv: readonly string[]): typeof COMMAND_MODULES {
  const words = argv.slice(2);
  let name: string | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word === '--') break;
    if (!word.startsWith('-')) {
      name = word;
      break;
    }
    if (GLOBAL_VALUES.has(word)) index++;
  }
  if (name === undefined) return words.some((word) => word === '-h' || word === '--help') ? COMMAND_MODULES : [];
  const own = COMMAND_MODULES.find((module) => module.names.includes(name));
  return own ? [own] : COMMAND_MODULES;
}

export interface ProgramHooks {
  /** What `bilat` with no command does (the interactive UI on a terminal, help otherwise). */
  interactive: (program: Command) => Promise<void>;
}

/** The program with the commands `argv` needs defined (every command when no argv is given). */
export async function buildProgram(hooks: ProgramHooks, argv?: readonly string[]): Promise<Command> {
  const program = new Command('bilat')
    .description('bilat: a typed, source-backed record of bilateral relations between countries.\nRun it without a command on a terminal to browse interactively.')
    .version(packageJson.version, '-V, --version', 'print the version');
  for (const option of GLOBAL_OPTIONS) program.option(`${option.flag} ${option.value}`, option.help);
  program
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride();
  examples(program, ['bilat', 'bilat dossier KZ LT', 'bilat meetings --country KZ --partner LT --json', 'bilat --api http://localhost:4000 pairs']);
  program.action(async () => hooks.interactive(program));

  const modules = argv ? modulesFor(argv) : COMMAND_MODULES;
  const registers = await Promise.all(modules.map((module) => module.load()));
  for (const register of registers) register(program);

  // Subcommands throw instead of exiting, so every error goes through one report with one exit code.
  const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];
  for (const command of all(program)) command.exitOverride();
  return program;
}
