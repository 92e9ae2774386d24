import { REST_COLLECTIONS } from '@bilat/api/rest';
import type { RecordKind } from '@bilat/domain';
import { PAGE_COLLECTIONS, pagePath } from '@bilat/formats/describe';

/** REST collections of the kinds without a page (as the OpenAPI document names them). */
const API_PATHS = REST_COLLECTIONS;

/** Whether a kind has a page of its own; the others link to their resource in the API. */
export function hasPage(kind: RecordKind): boolean {
  return PAGE_COLLECTIONS[kind] !== undefined;
}

export function recordHref(kind: RecordKind, id: string): string {
  return pagePath(kind, id) ?? apiHref(kind, id);
}

export function apiHref(kind: RecordKind, id: string): string {
  return `/api/v1/${API_PATHS[kind]}/${encodeURIComponent(id)}`;
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

/** The anchor of a passage on a source's page: `p3`, `c120-185`, or the unlocated facts. */
export function locatorAnchor(locator: string | undefined): string {
  return locator ?? 'unlocated';
}
