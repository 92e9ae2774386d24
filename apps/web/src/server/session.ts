import 'server-only';
import { ANONYMOUS, callerFromHeaders, type Caller } from '@bilat/api';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getDatabase } from './database';

/** The cookie holding the signed-in API key: HttpOnly, SameSite=Strict, never readable by scripts. */
export const KEY_COOKIE = 'bilat_key';

/**
 * Who is browsing: the holder of the API key in the session cookie, or anonymous. Cached
 * per request so every server component sees the same caller.
 */
export const currentCaller = cache(async (): Promise<Caller> => {
  const key = (await cookies()).get(KEY_COOKIE)?.value;
  if (!key) return ANONYMOUS;
  const caller = await callerFromHeaders(await getDatabase(), { authorization: `Bearer ${key}` });
  return caller.invalidKey ? ANONYMOUS : caller;
});

