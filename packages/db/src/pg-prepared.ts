import type PgModule from 'pg';

/*
 * Reads on PostgreSQL as named prepared statements. Kysely hands pg each statement as text
 * and parameters, which PostgreSQL parses, analyses and plans afresh every time; for the
 * dossier's first statement at world scale the planning alone (about 2.8 ms) took longer
 * than running it (1.1 ms). A named statement is parsed once per connection, and after a
 * few runs PostgreSQL may keep a generic plan for it. Only reads are named (no DDL, whose
 * tables a migration may change under a kept statement, nor transaction control), and
 * only so many different texts, since each connection keeps every statement it prepared
 * until it closes.
 */

/** At most this many different statement texts are named; any other runs as before. */
export const NAMED_STATEMENT_LIMIT = 500;

const names = new Map<string, string>();

/** The name a read's text is prepared under, or undefined when it is not to be named. */
export function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known !== undefined) return known;
  if (names.size >= NAMED_STATEMENT_LIMIT || !/^\s*(select|with)\s/i.test(text) || /;\s*\S/.test(text)) return undefined;
  const name = `bilat_${names.size}`;
  names.set(text, name);
  return name;
}

/** Makes `client` run reads given as (text, values) as named statements; everything else goes through untouched. */
export function prepareReads(client: PgModule.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (args.length === 2 && typeof text === 'string' && Array.isArray(values)) {
      const name = statementName(text);
      if (name !== undefined) return query({ name, text, values });
    }
    return query(...args);
  };
}
