import 'server-only';
import { parsePair } from '@bilat/domain';
import { notFound, permanentRedirect } from 'next/navigation';

/**
 * The canonical spelling of a pair from a URL segment. `lt-kz` redirects to the same
 * page at `KZ-LT` (keeping the rest of the path and the query); a segment that is no pair
 * is the 404 page.
 */
export function canonicalPairOrRedirect(segment: string, rest = '', query = ''): string {
  const raw = decodeURIComponent(segment);
  let parsed;
  try {
    parsed = parsePair(raw);
  } catch {
    notFound();
  }
  if (!parsed.canonical) permanentRedirect(`/pairs/${parsed.pair}${rest}${query ? `?${query}` : ''}`);
  return parsed.pair;
}

/** Search params as a query string, for redirects that keep them. */
export function queryString(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, one);
  }
  return search.toString();
}

/** One value of a search param (the first when repeated), trimmed; empty is absent. */
export function param(params: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = params[name];
  const one = (Array.isArray(value) ? value[0] : value)?.trim();
  return one ? one : undefined;
}
