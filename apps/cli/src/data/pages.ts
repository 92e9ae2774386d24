export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** Items that only may fall in the date range asked for (the API's record lists say so). */
  approximateIds?: string[];
}

/** Pages no list needs more of; a guard against a server that keeps answering with a cursor. */
const MAX_PAGES = 10_000;

/** The first page (from `cursor`), or with `all` every page joined into one. */
export async function collectPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, request: { cursor?: string; all?: boolean }): Promise<Page<T>> {
  const first = await fetchPage(request.cursor);
  if (!request.all) return first;
  const items = [...first.items];
  const approximateIds = [...(first.approximateIds ?? [])];
  let cursor = first.nextCursor;
  for (let pages = 1; cursor !== null && pages < MAX_PAGES; pages++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    approximateIds.push(...(page.approximateIds ?? []));
    cursor = page.nextCursor === cursor ? null : page.nextCursor;
  }
  return { items, nextCursor: null, approximateIds };
}

/**
 * A list as `--json` prints it: `{ items, nextCursor }`, with `approximateIds` only when
 * a date filter let in items that may lie outside the range.
 */
export function listDocument<T>(page: Page<T>): { items: T[]; nextCursor: string | null; approximateIds?: string[] } {
  return page.approximateIds?.length ? { items: page.items, nextCursor: page.nextCursor, approximateIds: page.approximateIds } : { items: page.items, nextCursor: page.nextCursor };
}
