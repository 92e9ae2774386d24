import type { RecordKind } from '@bilat/domain';

/** The page of each kind of record; kinds without a page of their own link to their collection in the API. */
const PAGE_PATHS: Partial<Record<RecordKind, string>> = {
  meeting: '/meetings',
  series: '/series',
  visit: '/visits',
  person: '/officials',
  organization: '/organizations',
  agreement: '/agreements',
  source: '/sources',
};

export function recordHref(kind: RecordKind, id: string): string {
  const base = PAGE_PATHS[kind];
  return base ? `${base}/${encodeURIComponent(id)}` : `/api/v1/${kind === 'trade' ? 'trade' : `${kind}s`}/${encodeURIComponent(id)}`;
}

export function pairHref(pair: string): string {
  return `/pairs/${pair}`;
}

export function countryHref(code: string): string {
  return `/countries/${code}`;
}

/** The anchor of a source's entry in a page's source list, so a citation mark can jump to it. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}
