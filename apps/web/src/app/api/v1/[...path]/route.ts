import { appRouter, REST_BASE_PATH, restResponseMeta } from '@bilat/api';
import { createOpenApiFetchHandler } from 'trpc-to-openapi';
import { contextFromRequest } from '~/server/api-context';

/** The same REST routes `bilat serve` mounts, generated from the same procedures. */
function handler(request: Request) {
  return createOpenApiFetchHandler({
    endpoint: REST_BASE_PATH,
    req: request,
    router: appRouter,
    createContext: () => contextFromRequest(request, { rest: true }),
    // A record's revision goes out as its ETag.
    responseMeta: restResponseMeta as never,
  });
}

export { handler as DELETE, handler as GET, handler as POST, handler as PUT };
export const dynamic = 'force-dynamic';
