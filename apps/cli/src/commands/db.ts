import { createInterface } from 'node:readline/promises';
import type { ImportSummary } from '@bilat/db';
import type { Command } from 'commander';
import type { GlobalOptions } from '../config.js';
import { requireLocal, withDatabase } from '../database.js';
import { UsageError } from '../errors.js';
import { note, printJson, printLine } from '../output.js';

type Options = GlobalOptions & { json?: boolean; yes?: boolean };

function describeSeed(summary: ImportSummary): string {
  const { created, updated, restored, unchanged } = summary.total;
  const changed = created + updated + restored;
  const counts = `${created} created, ${updated} updated, ${restored} restored, ${unchanged} unchanged`;
  return changed ? `${counts} (batch ${summary.batchId})` : `already up to date (${unchanged} records unchanged)`;
}

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('the database: schema and seed data');

  db.command('migrate')
    .description('apply pending schema migrations')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ bilat db migrate --database-url postgres://localhost/bilat')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<Options>();
      requireLocal(options, 'db migrate');
      const { appliedMigrations, migrateToLatest, SCHEMA_VERSION } = await import('@bilat/db');
      await withDatabase(
        options,
        async (database) => {
          const applied = await migrateToLatest(database);
          const all = await appliedMigrations(database);
          if (options.json) return printJson({ location: database.location, applied, schemaVersion: all.at(-1) ?? null });
          printLine(
            applied.length
              ? `Applied ${applied.length} migration(s) to ${database.location}; schema is at ${SCHEMA_VERSION}`
              : `${database.location} is already at schema ${SCHEMA_VERSION}`,
          );
        },
        { migrate: false },
      );
    });

  db.command('seed')
    .description('load the curated dataset (safe to repeat: unchanged records are left alone)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ bilat db seed --db ./bilat.db')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<Options>();
      requireLocal(options, 'db seed');
      const { seedDatabase } = await import('@bilat/db');
      await withDatabase(
        options,
        async (database) => {
          const summary = await seedDatabase(database);
          if (options.json) return printJson({ location: database.location, ...summary });
          printLine(`Seeded ${database.location}: ${describeSeed(summary)}`);
        },
        { seed: 'never' },
      );
    });

  db.command('reset')
    .description('drop every table, migrate again and load the curated dataset (asks first)')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ bilat db reset --yes --db ./scratch.db')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<Options>();
      requireLocal(options, 'db reset');
      const { migrateToEmpty, migrateToLatest, seedDatabase } = await import('@bilat/db');
      await withDatabase(
        options,
        async (database) => {
          if (!options.yes) {
            if (!process.stdin.isTTY) throw new UsageError('db reset deletes every record; pass --yes to confirm when not at a terminal');
            if (!(await confirm(`Delete every record in ${database.location} and reload the curated dataset?`))) {
              note('Nothing changed.');
              return;
            }
          }
          await migrateToEmpty(database);
          await migrateToLatest(database);
          const summary = await seedDatabase(database);
          if (options.json) return printJson({ location: database.location, reset: true, ...summary });
          printLine(`Reset ${database.location}: ${describeSeed(summary)}`);
        },
        { migrate: false },
      );
    });

  db.command('backup')
    .description('write a consistent copy of the database while it is in use (SQLite online backup; pg_dump for PostgreSQL)')
    .argument('<file>', 'where to write the copy (must not exist yet)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  $ bilat db backup ./bilat-2026-11-28.db\n  $ bilat db backup ./bilat.pgdump --database-url postgres://localhost/bilat')
    .action(async (file: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<Options>();
      requireLocal(options, 'db backup');
      const { backupDatabase } = await import('@bilat/db');
      await withDatabase(options, async (database) => {
        const result = await backupDatabase(database, file);
        if (options.json) return printJson({ location: database.location, ...result });
        printLine(`Backed up ${database.location} to ${result.file} (${(result.bytes / 1024).toFixed(0)} KiB, ${result.method})`);
      });
    });

  db.command('restore')
    .description('replace the database with a backup made by `bilat db backup` (asks first; stop `bilat serve` before)')
    .argument('<file>', 'the backup to restore')
    .option('-y, --yes', 'do not ask for confirmation')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ bilat db restore ./bilat-2026-11-28.db --yes')
    .action(async (file: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<Options>();
      requireLocal(options, 'db restore');
      const { restoreDatabase } = await import('@bilat/db');
      await withDatabase(
        options,
        async (database) => {
          if (!options.yes) {
            if (!process.stdin.isTTY) throw new UsageError('db restore replaces every record; pass --yes to confirm when not at a terminal');
            if (!(await confirm(`Replace everything in ${database.location} with ${file}?`))) {
              note('Nothing changed.');
              return;
            }
          }
          await restoreDatabase(database, file);
          if (options.json) return printJson({ location: database.location, restored: file });
          printLine(`Restored ${database.location} from ${file}`);
        },
        { migrate: false, seed: 'never' },
      );
    });
}
