import { appRouter } from '@bilat/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { contextFromRequest } from '~/server/api-context';

/** The same tRPC router `bilat serve` mounts, at the same path. */
function handler(request: Request) {
  return fetchRequestHandler({ endpoint: '/trpc', req: request, router: appRouter, createContext: () => contextFromRequest(request) });
}

export { handler as GET, handler as POST };
export const dynamic = 'force-dynamic';
