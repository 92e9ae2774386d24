#!/usr/bin/env node
// bilat's real HTTP API server (startServer from @bilat/api, rate limit off) in a process
// of its own, so that its memory is its own. Forked by the bench:
//
//   api-server.mjs --sqlite PATH | --postgres URL [--no-answer-cache]
//
// It sends { ready, url } once it listens. On { capture: true } it starts recording the
// SQL statements the server runs (Kysely's log hook, through connect's onQuery; its dossier
// workers send theirs back with each answer, through the same hook), and on
// { capture: false } it stops and replies with them, so the bench can replay exactly the
// SQL one API call issued straight through the driver. Outside a capture nothing is logged
// beyond a property check per statement, nor copied back from the workers.
import { parseArgs } from 'node:util';
import { startServer } from '@bilat/api/server';
import { openDatabase } from '@bilat/db';

const { values } = parseArgs({ options: { sqlite: { type: 'string' }, postgres: { type: 'string' }, 'no-answer-cache': { type: 'boolean', default: false } } });
const config = values.sqlite ? { kind: 'sqlite', path: values.sqlite } : { kind: 'postgres', url: values.postgres };

let captured = null;
// Outside a capture this is one property check per statement: the server measured is the server as shipped.
const onQuery = (entry) => captured?.push({ sql: entry.sql, parameters: entry.parameters, ms: entry.durationMs });
const database = await openDatabase(config, { seed: 'never', onQuery });
const server = await startServer({
  database,
  port: 0,
  host: '127.0.0.1',
  rateLimit: false,
  logger: false,
  answerCache: !values['no-answer-cache'],
  // Workers as `bilat serve` starts them, their statements captured too: sent back only while
  // capturing, so that the requests measured cost what they cost a server that logs nothing.
  dossierWorkers: { onQuery, logging: () => captured !== null },
});

process.on('message', (message) => {
  if (message.capture === true) {
    captured = [];
    process.send({ id: message.id });
  } else if (message.capture === false) {
    const statements = captured ?? [];
    captured = null;
    process.send({ id: message.id, statements });
  }
});

let closing = false;
process.on('SIGTERM', async () => {
  if (closing) return;
  closing = true;
  await server.close();
  await database.close();
  process.exit(0);
});
process.send({ ready: true, url: server.url });
