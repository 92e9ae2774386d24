// A separate process editing one record based on a given revision, as a second program
// sharing the SQLite file would (the built package: a child process cannot load the sources).
import { connect, findRecord, saveRecord, scopeOf } from '../../dist/index.js';

const [path, kind, id, revision, note] = process.argv.slice(2);
const database = connect({ kind: 'sqlite', path });
try {
  const { record } = await findRecord(scopeOf(database), kind, id, { includeDeleted: true });
  // Say so, then wait for the parent's go, so every writer starts at once.
  process.stdout.write('ready\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const saved = await saveRecord(database, kind, { ...record, notes: note }, { actor: `local:${note}` }, 'update', { expectedRevision: Number(revision) });
  process.stdout.write(JSON.stringify({ saved: saved.revision }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: error.name, code: error.code ?? null, message: error.message }));
} finally {
  await database.close();
}
