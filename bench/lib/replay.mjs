// The D baseline: the SQL an API call issued, replayed straight through the driver
// (better-sqlite3 or pg), statement by statement as the server ran them, rows fetched.
// Each statement is prepared once and reused, as the server's driver does (packages/db:
// SQLite statements kept by their text, PostgreSQL reads run as named prepared statements):
// what is left out is everything bilat adds on top (Kysely, parsing bodies, building the
// dossier, validation, serialising, HTTP).
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * A replayer on the same database the server uses; `run(statements)` resolves with the
 * rows every statement returned (kept anyway by the driver), in order.
 */
export async function openReplayer(backend) {
  if (backend.kind === 'sqlite') {
    const db = new Database(backend.path, { readonly: true, fileMustExist: true });
    const prepared = new Map();
    const statementFor = (sql) => {
      let statement = prepared.get(sql);
      if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
      return statement;
    };
    return {
      async run(statements) {
        const rows = [];
        for (const { sql, parameters } of statements) {
          const statement = statementFor(sql);
          if (statement.reader) rows.push(statement.all(parameters));
          else statement.run(parameters);
        }
        return rows;
      },
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: backend.url });
  await client.connect();
  const names = new Map();
  const isRead = (sql) => /^\s*(select|with)\s/i.test(sql);
  return {
    async run(statements) {
      const rows = [];
      for (const { sql, parameters } of statements) {
        let name = names.get(sql);
        if (name === undefined && isRead(sql)) names.set(sql, (name = `replay_${names.size}`));
        rows.push((await client.query({ name, text: sql, values: parameters })).rows);
      }
      return rows;
    },
    close: () => client.end(),
  };
}
