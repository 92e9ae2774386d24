'use client';

import type { RecordKind } from '@bilat/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '~/trpc/react';
import { ChangeRow } from './change-row';

/**
 * "Show older changes": the next pages of the log through tRPC's TanStack Query
 * integration, continuing from the cursor the server-rendered page ended at.
 */
export function MoreChanges({ since, kind, cursor }: { since: string; kind?: RecordKind; cursor: string }) {
  const trpc = useTRPC();
  const [started, setStarted] = useState(false);
  const query = useInfiniteQuery({
    ...trpc.changes.infiniteQueryOptions({ since, kind, order: 'desc', limit: 50 }, { initialCursor: cursor, getNextPageParam: (page) => page.nextCursor ?? undefined }),
    enabled: started,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const more = !started || query.hasNextPage;
  return (
    <>
      {items.length > 0 && (
        <ol className="changes" aria-label="Older changes">
          {items.map((change) => (
            <ChangeRow key={change.revision} change={change} />
          ))}
        </ol>
      )}
      {query.isError && (
        <p className="error-box" role="alert">
          Could not load older changes: {query.error.message}
        </p>
      )}
      {more && (
        <p>
          <button type="button" className="secondary" disabled={query.isFetching} onClick={() => (started ? void query.fetchNextPage() : setStarted(true))}>
            {query.isFetching ? 'Loading…' : 'Show older changes'}
          </button>
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {items.length > 0 ? `${items.length} older changes shown` : ''}
      </p>
    </>
  );
}
