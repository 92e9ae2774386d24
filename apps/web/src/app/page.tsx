import { formatPartialDate, partyName } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import Link from 'next/link';
import { pairHref, recordHref } from '~/lib/links';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const caller = await api();
  const [pairs, latest] = await Promise.all([caller.pairs.list(), caller.meetings.list({ limit: 8 })]);
  return (
    <div className="stack">
      <h1>Bilateral relations, every fact sourced</h1>
      <p className="muted">Meetings, delegations, agreements, trade and investment between countries — each figure linked to the report that states it.</p>

      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">Country pairs</h2>
        {pairs.length === 0 ? (
          <p className="empty">No pairs yet. Seed the database with <code>npx bilat db seed</code> or import a bundle.</p>
        ) : (
          <div className="grid">
            {pairs.map((pair) => {
              const [a, b] = pair.pair.split('-') as [string, string];
              return (
                <article key={pair.pair} className="card">
                  <h3 style={{ marginTop: 0 }}>
                    <Link href={pairHref(pair.pair)}>
                      {partyName(a)} – {partyName(b)}
                    </Link>
                  </h3>
                  <p className="muted">
                    {pair.meetings} meeting{pair.meetings === 1 ? '' : 's'} · {pair.agreements} agreement{pair.agreements === 1 ? '' : 's'} · {pair.tradeYears} year
                    {pair.tradeYears === 1 ? '' : 's'} of trade
                  </p>
                  {pair.lastMeetingFirstDay && <p className="muted">Latest meeting from {formatPartialDate(pair.lastMeetingFirstDay.slice(0, 7))}</p>}
                </article>
              );
            })}
          </div>
        )}
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest meetings</h2>
        {latest.items.length === 0 ? (
          <p className="empty">No meetings recorded yet.</p>
        ) : (
          <ul className="timeline">
            {latest.items.map((meeting) => (
              <li key={meeting.id}>
                <div className="when">{eventDateLabel(meeting.date)}</div>
                <Link href={recordHref('meeting', meeting.id)}>{meeting.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
