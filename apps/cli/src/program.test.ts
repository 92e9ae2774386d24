import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES, buildProgram, modulesFor } from './program.js';

const interactive = async () => {};
const names = (program: Command) => program.commands.map((command) => command.name());

describe('commands defined by name', () => {
  it('each module defines exactly the names it is listed under', async () => {
    for (const module of COMMAND_MODULES) {
      const program = new Command('bilat');
      (await module.load())(program);
      expect(names(program)).toEqual([...module.names]);
    }
  });

  it('no name belongs to two modules', () => {
    const all = COMMAND_MODULES.flatMap((module) => module.names);
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds the command after global options, their values included', () => {
    const argv = (...words: string[]) => ['node', 'bilat', ...words];
    expect(modulesFor(argv('pairs', '--limit', '5')).flatMap((m) => m.names)).toContain('pairs');
    expect(modulesFor(argv('--db', 'meetings.db', 'pairs'))).toHaveLength(1);
    expect(modulesFor(argv('--db', 'meetings.db', 'pairs'))[0]!.names).toContain('pairs');
    expect(modulesFor(argv('--db=x.db', '--api-key', 'k', 'db', 'seed'))[0]!.names).toEqual(['db']);
    // `bilat` alone is the UI, `--version` prints a line: neither needs a command's definition.
    expect(modulesFor(argv())).toEqual([]);
    expect(modulesFor(argv('--db', 'x.db'))).toEqual([]);
    expect(modulesFor(argv('-V'))).toEqual([]);
    // Help lists every command; an unknown name gets commander's own report.
    expect(modulesFor(argv('--help'))).toBe(COMMAND_MODULES);
    expect(modulesFor(argv('help', 'pairs'))).toBe(COMMAND_MODULES);
    expect(modulesFor(argv('pairz'))).toBe(COMMAND_MODULES);
  });

  it('a program built for one command defines that module only; without argv, every command in help order', async () => {
    expect(names(await buildProgram({ interactive }, ['node', 'bilat', 'trade', 'KZ', 'LT']))).toEqual(['pairs', 'dossier', 'interactions', 'relations', 'trade']);
    expect(names(await buildProgram({ interactive }))).toEqual(COMMAND_MODULES.flatMap((module) => module.names));
  });
});
