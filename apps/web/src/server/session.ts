import 'server-only';
import { ANONYMOUS, callerFromHeaders, type Caller } from '@bilat/api';
import { cookies, headers } from 'next/headers';
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

/** True when the request comes from a page of this site (the CSRF check for cookie-authenticated writes). */
export async function isSameOrigin(): Promise<boolean> {
  const list = await headers();
  const origin = list.get('origin');
  const host = list.get('x-forwarded-host') ?? list.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
