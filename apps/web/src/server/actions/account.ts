'use server';

import { callerFromHeaders } from '@bilat/api';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '../database';
import { isHttps } from '../origin';
import { KEY_COOKIE } from '../session';

export interface SignInState {
  error?: string;
}

const THIRTY_DAYS = 60 * 60 * 24 * 30;

/** Only paths on this site, so a crafted link cannot send a signed-in user elsewhere. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === 'string' ? value : '';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/account';
}

/**
 * Signs in with an API key: the key is checked against the database, then kept in an
 * HttpOnly, SameSite=Strict cookie (Secure over https). Server actions refuse requests
 * from other origins, so this cannot be triggered cross-site.
 */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const key = String(form.get('key') ?? '').trim();
  if (!key) return { error: 'Paste your API key (it starts with bilat_).' };
  const caller = await callerFromHeaders(await getDatabase(), { authorization: `Bearer ${key}` });
  if (caller.invalidKey || !caller.scope) return { error: 'This key is not valid: it is unknown, malformed or revoked.' };
  (await cookies()).set(KEY_COOKIE, key, { httpOnly: true, sameSite: 'strict', secure: await isHttps(), path: '/', maxAge: THIRTY_DAYS });
  redirect(safeNext(form.get('next')));
}

export async function signOut(): Promise<void> {
  (await cookies()).delete({ name: KEY_COOKIE, path: '/' });
  redirect('/account?signedOut=1');
}
