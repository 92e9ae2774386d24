import { isRecordKind } from '@bilat/domain/kinds';
import type { Metadata } from 'next';
import { ChangeRow } from '~/components/changes/change-row';
import { MoreChanges } from '~/components/changes/more-changes';
import { pageMetadata } from '~/lib/metadata';
import { param } from '~/server/pair';
import { api } from '~/trpc/server';
import { TRPCReactProvider } from '~/trpc/react';
import { KindSelect } from '~/components/records/kind-select';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = pageMetadata({ title: 'Changes', description: 'What was added or edited in bilat, newest first.', path: '/changes' });

export default async function ChangesPage({ searchParams }: Props) {
  const query = await searchParams;
  const sinceParam = param(query, 'since');
  const since = sinceParam && /^\d{4}-\d{2}-\d{2}$/.test(sinceParam) ? sinceParam : undefined;
  const kindParam = param(query, 'kind');
  const kind = kindParam && isRecordKind(kindParam) ? kindParam : undefined;
  const effectiveSince = since ?? '1970-01-01';
  const page = await (await api()).changes({ since: effectiveSince, kind, order: 'desc', limit: 50 });
  return (
    <div className="stack">
      <h1>Changes</h1>
      <p className="muted">
        Every addition and edit, newest first, from the revision log. Also as an <a href="/changes.atom">Atom feed</a>.
      </p>
      <form action="/changes" method="get" className="row" aria-label="Filter the changes">
        <label>
          Since
          <input type="date" name="since" defaultValue={since} aria-invalid={Boolean(sinceParam && !since)} aria-describedby={sinceParam && !since ? 'since-error' : undefined} />
          {sinceParam && !since && (
            <span id="since-error" className="field-error">
              Use a day: YYYY-MM-DD
            </span>
          )}
        </label>
        <KindSelect defaultValue={kind} />
        <button type="submit">Show</button>
      </form>
      {page.items.length === 0 ? (
        <p className="empty">No change {since ? `since ${since}` : 'yet'}.</p>
      ) : (
        <ol className="changes" data-testid="changes">
          {page.items.map((change) => (
            <ChangeRow key={change.revision} change={change} />
          ))}
        </ol>
      )}
      {page.nextCursor && (
        <TRPCReactProvider>
          <MoreChanges since={effectiveSince} kind={kind} cursor={page.nextCursor} />
        </TRPCReactProvider>
      )}
    </div>
  );
}
