import 'server-only';
import { headers } from 'next/headers';

/** The address this site is served at, from the request (behind a proxy, its forwarded host and scheme). */
export async function siteOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000';
  const proto = list.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

/** Whether the request reached us over https (the session cookie is then marked Secure). */
export async function isHttps(): Promise<boolean> {
  return (await siteOrigin()).startsWith('https:');
}
