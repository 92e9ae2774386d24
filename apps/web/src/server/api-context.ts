import 'server-only';
import { callerFromHeaders, createInnerContext, presentedKey, restExchange, type ApiContext } from '@bilat/api';
import { getDatabase } from './database';
import { KEY_COOKIE } from './session';

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** A cookie may only authorise a write when the request comes from this site's own pages. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host === (request.headers.get('x-forwarded-host') ?? request.headers.get('host'));
  } catch {
    return false;
  }
}

/**
 * The API context of a request to /trpc or /api/v1: a key in the Authorization header
 * (or X-Api-Key), else the signed-in session's key for reads and same-origin writes.
 * REST requests also bring their If-Match header and take back an ETag.
 */
export async function contextFromRequest(request: Request, options: { rest?: boolean } = {}): Promise<ApiContext> {
  const database = await getDatabase();
  const headers = Object.fromEntries(request.headers);
  if (!presentedKey(headers)) {
    const key = cookieValue(request.headers.get('cookie'), KEY_COOKIE);
    const safe = request.method === 'GET' || request.method === 'HEAD' || sameOrigin(request);
    if (key && safe) headers.authorization = `Bearer ${key}`;
  }
  return createInnerContext({
    database,
    caller: await callerFromHeaders(database, headers),
    // Dossiers are kept while the data is unchanged, as `bilat serve` keeps their bytes.
    options: { keepDossiers: true },
    ...(options.rest ? { rest: restExchange(headers) } : {}),
  });
}
