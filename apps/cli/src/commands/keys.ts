import { createApiKey, KEY_SCOPES, listApiKeys, localActor, revokeApiKey, scopeOf, type KeyScope } from '@bilat/db';
import type { Command } from 'commander';
import type { GlobalOptions } from '../config.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { note, printJson, printLine } from '../output.js';
import { formatTable } from '../table.js';

type Options = GlobalOptions & { json?: boolean; scope?: string; name?: string };

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('API keys for `bilat serve` (shown once, stored hashed)');

  keys
    .command('create')
    .description('create a key; its secret is printed once')
    .requiredOption('--scope <scope>', `what it may do: ${KEY_SCOPES.join(', ')} (each includes the ones before)`)
    .option('--name <name>', 'a label to recognise it by', 'unnamed key')
    .option('--json', 'print the key as JSON')
    .addHelpText('after', '\nExample:\n  $ bilat keys create --scope write --name "desk editor"')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<Options>();
      if (!KEY_SCOPES.includes(options.scope as KeyScope)) throw new UsageError(`--scope must be one of ${KEY_SCOPES.join(', ')}, got "${options.scope}"`);
      await withDatabase(options, async (database) => {
        const key = await createApiKey(scopeOf(database), { name: options.name!, scope: options.scope as KeyScope, createdBy: localActor() });
        if (options.json) return printJson(key);
        printLine(key.secret);
        note(`Created ${key.scope} key ${key.id} ("${key.name}"). Store the secret above now: it is not shown again.`);
      });
    });

  keys
    .command('list')
    .description('list keys (never their secrets)')
    .option('--json', 'print the keys as JSON')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<Options>();
      await withDatabase(options, async (database) => {
        const all = await listApiKeys(scopeOf(database));
        if (options.json) return printJson({ items: all, nextCursor: null });
        if (all.length === 0) return note('No keys yet. Create one with: bilat keys create --scope write');
        printLine(
          formatTable(all, [
            { header: 'id', value: (key) => key.id },
            { header: 'scope', value: (key) => key.scope },
            { header: 'name', value: (key) => key.name },
            { header: 'created', value: (key) => key.createdAt.slice(0, 19).replace('T', ' ') },
            { header: 'revoked', value: (key) => (key.revokedAt ? key.revokedAt.slice(0, 19).replace('T', ' ') : '') },
          ]),
        );
      });
    });

  keys
    .command('revoke')
    .description('revoke a key at once')
    .argument('<id>', 'the key id (from `bilat keys list`)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<Options>();
      await withDatabase(options, async (database) => {
        const revoked = await revokeApiKey(scopeOf(database), id);
        if (!revoked) throw new UsageError(`No active key with id "${id}" (see bilat keys list)`);
        if (options.json) return printJson({ id, revoked: true });
        printLine(`Revoked key ${id}.`);
      });
    });
}
