import { CompiledQuery } from 'kysely';
import type { Scope } from '../scope.js';

/*
 * Statements written as plain SQL for the scope's dialect, for the hottest reads (a
 * dossier's load, records by id): building them through Kysely's query builder made a
 * node for every value and compiled the tree again on every call, which at world scale
 * cost more than running the SQL.
 */

/**
 * One statement's SQL being written, with its parameters in the dialect's placeholders.
 * Write the text in order: SQLite's placeholders are positional, so a value must be
 * taken where its placeholder stands in the text.
 */
export class Statement {
  readonly parameters: unknown[] = [];
  constructor(private readonly scope: Scope) {}

  private get dialect(): Scope['dialect'] {
    return this.scope.dialect;
  }

  /** The placeholder of one more parameter. */
  value(value: unknown): string {
    this.parameters.push(value);
    return this.dialect === 'sqlite' ? '?' : `$${this.parameters.length}`;
  }

  /** Placeholders of a list, comma-separated (for `in (…)`): the same text as `value` for each, joined, without a string per value on SQLite. */
  list(values: readonly unknown[]): string {
    if (this.dialect !== 'sqlite') return values.map((value) => this.value(value)).join(', ');
    for (const value of values) this.parameters.push(value);
    return values.length === 0 ? '' : `${'?, '.repeat(values.length - 1)}?`;
  }

  /** Runs `text`, written with this statement's placeholders, and gives its rows. */
  async rows<R>(text: string): Promise<R[]> {
    return (await this.scope.db.executeQuery<R>(CompiledQuery.raw(text, this.parameters))).rows;
  }
}
