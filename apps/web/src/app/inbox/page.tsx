import type { RecordKind } from '@bilat/domain';
import { parsePair } from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { InboxReview } from '~/components/inbox/inbox-review';
import type { ReviewItem } from '~/components/inbox/review-item';
import { recordHref } from '~/lib/links';
import { pageMetadata } from '~/lib/metadata';
import { SignInPrompt } from '~/server/forms/guard';
import { canReview, InboxUnavailableError, listProposals, type ProposalStatus } from '~/server/inbox';
import { param } from '~/server/pair';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = pageMetadata({
  title: 'Review inbox',
  description: 'Events drafted from watched sources and importers, waiting to be accepted, edited or rejected.',
  path: '/inbox',
});

const STATUSES: { value: ProposalStatus; label: string }[] = [
  { value: 'waiting', label: 'Waiting' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'rejected', label: 'Rejected' },
];

/** The stored text of each report (the user's own copy, kept with the source), to show the facts' words in place. */
async function reportTexts(ids: readonly string[]): Promise<Record<string, string>> {
  const caller = await api();
  const texts: Record<string, string> = {};
  for (const id of ids) {
    try {
      const source = await caller.sources.get({ id });
      if (source.text) texts[id] = source.text;
    } catch {
      // A report removed since it was drafted: its facts still show their words.
    }
  }
  return texts;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  if (!(await canReview())) return <SignInPrompt next="/inbox" purpose="review the inbox" needs="Reviewing drafted records" />;
  const query = await searchParams;
  const status = STATUSES.find((one) => one.value === param(query, 'status'))?.value ?? 'waiting';
  let pair = param(query, 'pair');
  try {
    pair = pair ? parsePair(pair).pair : undefined;
  } catch {
    pair = undefined;
  }
  let cursor = param(query, 'cursor');
  const link = (changes: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries({ status, pair, ...changes }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `/inbox${search.size ? `?${search}` : ''}`;
  };

  let page;
  let badCursor = false;
  try {
    try {
      page = await listProposals({ status, pair, cursor, limit: 50 });
    } catch (error) {
      // A cursor that is not one (cut short, or edited): the first page, saying so, as /pairs does.
      if (!(cursor && error instanceof TRPCError && error.code === 'BAD_REQUEST')) throw error;
      badCursor = true;
      cursor = undefined;
      page = await listProposals({ status, pair, limit: 50 });
    }
  } catch (error) {
    if (!(error instanceof InboxUnavailableError)) throw error;
    return (
      <div className="stack">
        <h1>Review inbox</h1>
        <p className="notice">{error.message}</p>
      </div>
    );
  }
  const items: ReviewItem[] = await Promise.all(
    page.items.map(async (proposal) => ({
      ...proposal,
      ...(proposal.matchedRecordId ? { matchedHref: recordHref(proposal.kind as RecordKind, proposal.matchedRecordId) } : {}),
      texts: await reportTexts(proposal.sources.map((source) => source.documentId)),
    })),
  );

  return (
    <div className="stack">
      <h1>Review inbox</h1>
      <p className="lead">
        Events drafted from the reports of <a href="/watch">watched sources</a> and from importers. Two outlets reporting one event make one proposal with two
        reports. Accepting one imports its facts as one batch (undo it with <code>bilat import undo</code>); a rejected report is not drafted again.
      </p>
      <nav aria-label="Proposals by status">
        <ul className="row plain-list">
          {STATUSES.map((one) => (
            <li key={one.value}>
              <a href={link({ status: one.value, cursor: undefined })} aria-current={one.value === status ? 'page' : undefined} className={one.value === status ? 'button' : 'button secondary'}>
                {one.label}
              </a>
            </li>
          ))}
          {pair && (
            <li>
              Only {pair} (<a href={link({ pair: undefined, cursor: undefined })}>every pair</a>)
            </li>
          )}
        </ul>
      </nav>
      {badCursor && (
        <p className="notice" role="status">
          The link&rsquo;s place in the list (its cursor) is not valid; the first page is shown.
        </p>
      )}
      {/* Keyed by the list shown, so a new page or filter starts the review afresh. */}
      <InboxReview key={`${status}:${pair ?? ''}:${cursor ?? ''}`} initial={items} waiting={status === 'waiting'} />
      {page.nextCursor && (
        <p>
          <a href={link({ cursor: page.nextCursor })}>Next proposals</a>
        </p>
      )}
    </div>
  );
}
