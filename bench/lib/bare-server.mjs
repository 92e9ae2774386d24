#!/usr/bin/env node
// The H baseline: a bare node:http server that answers every request with bytes it was
// given, nothing computed per request. What it costs is the floor of serving a response
// of that size over loopback HTTP with the same client; the API cannot do better.
//
// Forked by the bench; it sends { ready, url }, then takes { set: path, body (base64),
// contentType } messages (replying once stored). Unknown paths answer 404.
//
// With `statements` and `backend` as well, that path is the S baseline: each request first
// runs those statements through the driver (replay.mjs, prepared once), then sends the bytes.
// S is what a minimal server that runs the call's SQL and sends its answer costs when it
// serves requests one after another, in the state a server is in between requests (D runs
// its replays back to back in the bench's own process).
import http from 'node:http';
import { openReplayer } from './replay.mjs';

const responses = new Map();
/** One replayer per database, opened when a path first needs it. */
const replayers = new Map();
const replayerFor = (backend) => {
  const key = backend.kind === 'sqlite' ? backend.path : backend.url;
  if (!replayers.has(key)) replayers.set(key, openReplayer(backend));
  return replayers.get(key);
};

const server = http.createServer((request, response) => {
  const path = request.url.split('?')[0];
  const found = responses.get(path);
  if (!found) {
    response.writeHead(404).end();
    return;
  }
  // Drain a request body (the soak's writes) before answering, as any server must.
  request.resume();
  request.on('end', async () => {
    if (found.statements) await (await found.replayer).run(found.statements);
    response.writeHead(200, { 'content-type': found.contentType, 'content-length': found.body.length });
    response.end(found.body);
  });
});
server.keepAliveTimeout = 60_000;

process.on('message', (message) => {
  if (message.set) {
    const served = message.statements && message.backend ? { statements: message.statements, replayer: replayerFor(message.backend) } : {};
    responses.set(message.set, { body: Buffer.from(message.body, 'base64'), contentType: message.contentType ?? 'application/json', ...served });
    process.send({ id: message.id });
  }
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
server.listen(0, '127.0.0.1', () => process.send({ ready: true, url: `http://127.0.0.1:${server.address().port}` }));
