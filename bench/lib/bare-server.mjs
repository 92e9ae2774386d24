#!/usr/bin/env node
// The H baseline: a bare node:http server that answers every request with bytes it was
// given, nothing computed per request. What it costs is the floor of serving a response
// of that size over loopback HTTP with the same client; the API cannot do better.
//
// Forked by the bench; it sends { ready, url }, then takes { set: path, body (base64),
// contentType } messages (replying once stored). Unknown paths answer 404.
import http from 'node:http';

const responses = new Map();
const server = http.createServer((request, response) => {
  const path = request.url.split('?')[0];
  const found = responses.get(path);
  if (!found) {
    response.writeHead(404).end();
    return;
  }
  // Drain a request body (the soak's writes) before answering, as any server must.
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': found.contentType, 'content-length': found.body.length });
    response.end(found.body);
  });
});
server.keepAliveTimeout = 60_000;

process.on('message', (message) => {
  if (message.set) {
    responses.set(message.set, { body: Buffer.from(message.body, 'base64'), contentType: message.contentType ?? 'application/json' });
    process.send({ id: message.id });
  }
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
server.listen(0, '127.0.0.1', () => process.send({ ready: true, url: `http://127.0.0.1:${server.address().port}` }));
