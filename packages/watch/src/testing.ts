import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A newsroom for tests: a local HTTP server answering fixed routes (feeds, pages, errors,
 * slow answers), honouring If-None-Match with a 304 as a real server would, and logging
 * every request so a test can see what the watcher asked and how.
 */

export interface Route {
  status?: number;
  contentType?: string;
  body?: string | Uint8Array;
  etag?: string;
  /** Wait this long before answering (a slow host). */
  delayMs?: number;
  headers?: Record<string, string>;
}

export interface LoggedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface Newsroom {
  url: string;
  /** Changes or adds routes while the server runs. */
  routes: Map<string, Route>;
  requests: LoggedRequest[];
  /** Requests for one path. */
  asked(path: string): LoggedRequest[];
  close(): Promise<void>;
}

export async function startNewsroom(routes: Record<string, Route>, options: { host?: string } = {}): Promise<Newsroom> {
  const table = new Map(Object.entries(routes));
  const requests: LoggedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = table.get(path);
    const answer = () => {
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
        return;
      }
      if (route.etag && request.headers['if-none-match'] === route.etag) {
        response.writeHead(304, { etag: route.etag }).end();
        return;
      }
      const headers: Record<string, string> = { 'content-type': route.contentType ?? 'text/html; charset=utf-8', ...route.headers };
      if (route.etag) headers.etag = route.etag;
      response.writeHead(route.status ?? 200, headers).end(route.body ?? '');
    };
    if (route?.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, route.delayMs);
      timers.add(timer);
    } else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    routes: table,
    requests,
    asked: (path) => requests.filter((r) => r.path === path),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export * from './fixtures.js';
