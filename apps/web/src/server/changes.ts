import 'server-only';
import { refKey, type RecordKind } from '@bilat/domain';
import { api } from '~/trpc/server';

export type ChangeMark = 'added' | 'edited';

/**
 * What was added or edited since a date, as marks keyed by `kind:id`: "added" when the
 * record was created after the date, else "edited". Read through the API's change log.
 */
export async function changesSince(since: string): Promise<Map<string, ChangeMark>> {
  const caller = await api();
  const marks = new Map<string, ChangeMark>();
  let cursor: string | undefined;
  // Bounded: ten pages of a thousand changes are more than any page can show.
  for (let page = 0; page < 10; page++) {
    const result = await caller.changes({ since, limit: 1000, cursor });
    for (const change of result.items) {
      const key = refKey({ kind: change.kind as RecordKind, id: change.id });
      if (change.action === 'delete') continue;
      if (change.action === 'create') marks.set(key, 'added');
      else if (!marks.has(key)) marks.set(key, 'edited');
    }
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return marks;
}
