// A bilat server in a process of its own, so a test can kill it without warning.
import { connect, migrateToLatest } from '@bilat/db';
import { startServer } from '../../dist/server.js';

const [path] = process.argv.slice(2);
const database = connect({ kind: 'sqlite', path });
await migrateToLatest(database);
const server = await startServer({ database, port: 0, logger: false, rateLimit: false });
process.stdout.write(`${server.url}\n`);
