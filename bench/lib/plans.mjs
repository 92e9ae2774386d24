// Query plans of the statements one API call ran: SQLite's EXPLAIN QUERY PLAN and
// PostgreSQL's EXPLAIN (ANALYZE, BUFFERS), each beside the time the server measured for
// it, slowest first. This is what the report shows for a call that misses its target.
import Database from 'better-sqlite3';
import pg from 'pg';

/** Plans for `statements` ({ sql, parameters, ms }), the `limit` slowest first. */
export async function queryPlans(backend, statements, { limit = 8 } = {}) {
  const slowest = statements
    .map((statement, index) => ({ ...statement, index }))
    .filter((statement) => /^\s*(select|with)\b/i.test(statement.sql))
    .sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))
    .slice(0, limit);
  if (backend.kind === 'sqlite') {
    const db = new Database(backend.path, { readonly: true, fileMustExist: true });
    try {
      return slowest.map((statement) => {
        const rows = db.prepare(`explain query plan ${statement.sql}`).all(statement.parameters);
        const started = performance.now();
        db.prepare(statement.sql).all(statement.parameters);
        const ms = performance.now() - started;
        // Indented as sqlite3's shell prints it: each row under its parent.
        const depth = new Map([[0, -1]]);
        const plan = rows.map((row) => {
          const level = (depth.get(row.parent) ?? -1) + 1;
          depth.set(row.id, level);
          return `${'  '.repeat(level)}${row.detail}`;
        });
        return { index: statement.index, serverMs: round(statement.ms), directMs: round(ms), sql: statement.sql, parameters: statement.parameters, plan };
      });
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: backend.url });
  await client.connect();
  try {
    const plans = [];
    for (const statement of slowest) {
      const result = await client.query(`explain (analyze, buffers) ${statement.sql}`, statement.parameters);
      const plan = result.rows.map((row) => row['QUERY PLAN']);
      const total = /Execution Time: ([\d.]+) ms/.exec(plan.join('\n'));
      plans.push({ index: statement.index, serverMs: round(statement.ms), directMs: total ? Number(total[1]) : null, sql: statement.sql, parameters: statement.parameters, plan });
    }
    return plans;
  } finally {
    await client.end();
  }
}

const round = (value) => (typeof value === 'number' ? Number(value.toFixed(3)) : null);
