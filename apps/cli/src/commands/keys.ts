import type { Command } from 'commander';
import { withApi } from '../data/source.js';
import { describeError, UsageError } from '../errors.js';
import { parseChoice } from '../options.js';
import { note, outputWidth, printJson, printLine } from '../output.js';
import { examples, optionsOf } from './common.js';

const KEY_SCOPES = ['read', 'write', 'admin'] as const;

type KeyOptions = { scope?: string; name?: string };

/**
 * API keys, through the same seam as every other command: on the local database, or on
 * a server given with --api (which then needs an admin key).
 */
export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('API keys for `bilat serve` (shown once, stored hashed)');

  examples(
    keys
      .command('create')
      .description('create a key; its secret is printed once')
      .requiredOption('--scope <scope>', `what it may do: ${KEY_SCOPES.join(', ')} (each includes the ones before)`)
      .option('--name <name>', 'a label to recognise it by', 'unnamed key')
      .option('--json', 'print the key as JSON'),
    ['bilat keys create --scope write --name "desk editor"'],
  ).action(async (_options: unknown, command: Command) => {
    const options = optionsOf<KeyOptions>(command);
    const scope = parseChoice('--scope', options.scope!, KEY_SCOPES);
    await withApi(options, async (api) => {
      const key = await api.keys.create({ name: options.name!, scope });
      if (options.json) return printJson(key);
      printLine(key.secret);
      note(`Created ${key.scope} key ${key.id} ("${key.name}"). Store the secret above now: it is not shown again.`);
    });
  });

  examples(keys.command('list').description('list keys (never their secrets)').option('--json', 'print the keys as JSON'), ['bilat keys list']).action(
    async (_options: unknown, command: Command) => {
      const options = optionsOf(command);
      await withApi(options, async (api) => {
        const all = await api.keys.list();
        if (options.json) return printJson({ items: all, nextCursor: null });
        if (all.length === 0) return note('No keys yet. Create one with: bilat keys create --scope write');
        const { formatTable } = await import('../table.js');
        printLine(
          formatTable(
            all,
            [
              { header: 'id', value: (key) => key.id },
              { header: 'scope', value: (key) => key.scope },
              { header: 'name', value: (key) => key.name, flex: true },
              { header: 'created', value: (key) => key.createdAt.slice(0, 19).replace('T', ' ') },
              { header: 'revoked', value: (key) => (key.revokedAt ? key.revokedAt.slice(0, 19).replace('T', ' ') : '') },
            ],
            { maxWidth: outputWidth() },
          ),
        );
      });
    },
  );

  examples(
    keys.command('revoke').description('revoke a key at once').argument('<id>', 'the key id (from `bilat keys list`)').option('--json', 'print the result as JSON'),
    ['bilat keys revoke k3y1d0ab12'],
  ).action(async (id: string, _options: unknown, command: Command) => {
    const options = optionsOf(command);
    await withApi(options, async (api) => {
      try {
        await api.keys.revoke({ id });
      } catch (error) {
        // A key id that is not there (or no longer active) is a mistake in what was typed.
        if (describeError(error).code === 'NOT_FOUND' || describeError(error).code === 'USAGE') {
          throw new UsageError(`No active key with id "${id}" (see bilat keys list)`);
        }
        throw error;
      }
      if (options.json) return printJson({ id, revoked: true });
      printLine(`Revoked key ${id}.`);
    });
  });
}
