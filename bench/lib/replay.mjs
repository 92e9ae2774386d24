// The D baseline: the SQL an API call issued, replayed straight through the driver
// (better-sqlite3 or pg), statement by statement as the server ran them, rows fetched.
// Statements are prepared on every run, as the server's driver does: what is left out
// is everything bilat adds on top (Kysely, parsing bodies, building the dossier,
// validation, serialising, HTTP).
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * A replayer on the same database the server uses; `run(statements)` resolves with the
 * rows every statement returned (kept anyway by the driver), in order.
 */
export async function openReplayer(backend) {
  if (backend.kind === 'sqlite') {
    const db = new Database(backend.path, { readonly: true, fileMustExist: true });
    return {
      async run(statements) {
        const rows = [];
        for (const { sql, parameters } of statements) {
          const statement = db.prepare(sql);
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
  return {
    async run(statements) {
      const rows = [];
      for (const { sql, parameters } of statements) rows.push((await client.query(sql, parameters)).rows);
      return rows;
    },
    close: () => client.end(),
  };
}
