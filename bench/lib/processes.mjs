// Child processes the bench measures: servers that say when they listen (over IPC), and
// a loopback HTTP client with keep-alive that times requests one after another.
import { fork } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { cleanEnv } from './paths.mjs';
import { peakRssMb } from './stats.mjs';

/**
 * The Node flags `bilat serve` starts its server with. Imported when a server starts, not when
 * the bench loads: `run.mjs` builds the packages first, and a checkout whose @bilat/api was built
 * before the flags existed would otherwise fail before it could build.
 */
export async function serverNodeFlags() {
  const { SERVER_NODE_FLAGS } = await import('@bilat/api/node-flags');
  return [...SERVER_NODE_FLAGS];
}

/** A free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Forks a module that sends `{ ready: true, url }` once it listens. Returns its URL, a
 * way to talk to it (`request` sends a message and waits for the reply with the same
 * `id`), its peak memory, and `stop`.
 */
export async function startChild(module, args = [], { env = {}, execArgv = [], timeoutMs = 120_000 } = {}) {
  const child = fork(module, args, { env: cleanEnv(env), execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${module} did not start within ${timeoutMs / 1000} s: ${stderr}`)), timeoutMs);
    child.on('message', (message) => {
      if (message?.ready) {
        clearTimeout(timer);
        resolve(message.url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${module} exited ${code} before it listened: ${stderr}`));
    });
  });
  let nextId = 0;
  return {
    url,
    pid: child.pid,
    /** Sends a message and resolves with the child's reply. */
    request(message) {
      const id = ++nextId;
      return new Promise((resolve) => {
        const listener = (reply) => {
          if (reply?.id === id) {
            child.off('message', listener);
            resolve(reply);
          }
        };
        child.on('message', listener);
        child.send({ ...message, id });
      });
    },
    peakRssMb: () => peakRssMb(child.pid),
    stderr: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        // A server that does not drain within 10 s is killed: the bench must finish.
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One GET over a kept-alive loopback connection: status, body and milliseconds to the last byte. */
export function timedGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** GET that must answer 200; returns the body. */
export async function getOk(url, headers = {}) {
  const response = await timedGet(url, headers);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${response.body.toString('utf8').slice(0, 500)}`);
  return response;
}
