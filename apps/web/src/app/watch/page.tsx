import type { Metadata } from 'next';
import { AddSourceForm, SourceActions } from '~/components/watch/watch-forms';
import { instantLabel } from '~/lib/labels';
import { pageMetadata } from '~/lib/metadata';
import { SignInPrompt } from '~/server/forms/guard';
import { canReview, InboxUnavailableError, listWatchSources, type WatchSource } from '~/server/inbox';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = pageMetadata({
  title: 'Watched sources',
  description: 'The feeds and news pages bilat fetches on a schedule; each new report is drafted into the review inbox.',
  path: '/watch',
});

/** "every hour", "every 30 minutes": a source's schedule in words. */
function everyLabel(seconds: number): string {
  if (seconds % 86400 === 0) return seconds === 86400 ? 'every day' : `every ${seconds / 86400} days`;
  if (seconds % 3600 === 0) return seconds === 3600 ? 'every hour' : `every ${seconds / 3600} hours`;
  if (seconds % 60 === 0) return `every ${seconds / 60} minutes`;
  return `every ${seconds} s`;
}

function LastFetch({ source }: { source: WatchSource }) {
  if (!source.lastFetchedAt) return <span className="hint">not fetched yet</span>;
  return (
    <>
      {instantLabel(source.lastFetchedAt)}
      {source.lastError ? (
        <>
          {' '}
          <span className="badge warn">failed</span> <span className="field-error">{source.lastError}</span>
        </>
      ) : (
        <>
          {' '}
          <span className="badge ok">{source.lastStatus === 304 ? 'not modified' : `ok${source.lastStatus ? ` (${source.lastStatus})` : ''}`}</span>
        </>
      )}
    </>
  );
}

export default async function WatchPage() {
  if (!(await canReview())) return <SignInPrompt next="/watch" purpose="manage watched sources" needs="Listing, adding and fetching watched sources" />;
  let sources: WatchSource[];
  try {
    sources = await listWatchSources();
  } catch (error) {
    if (!(error instanceof InboxUnavailableError)) throw error;
    return (
      <div className="stack">
        <h1>Watched sources</h1>
        <p className="notice">{error.message}</p>
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>Watched sources</h1>
      <p className="lead">
        RSS and Atom feeds and news pages bilat fetches on a schedule (with <code>bilat serve --watch</code> or <code>npm start</code>). Every new report is kept as
        a source document and drafted into the <a href="/inbox">review inbox</a>; nothing becomes a record until someone accepts it.
      </p>
      <section aria-labelledby="sources-heading" className="stack">
        <h2 id="sources-heading">Sources</h2>
        {sources.length === 0 ? (
          <p className="empty">No source is watched yet.</p>
        ) : (
          <>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Watched sources with their last fetch</caption>
                <thead>
                  <tr>
                    <th scope="col">Source</th>
                    <th scope="col">Schedule</th>
                    <th scope="col">Last fetch</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {sources.map((source) => (
                    <tr key={source.id}>
                      <th scope="row">
                        {source.publisher}
                        {source.country && <> ({source.country})</>}
                        <br />
                        <a href={source.url} className="external" rel="noreferrer">
                          {source.url}
                        </a>{' '}
                        <span className="badge">{source.kind}</span>
                      </th>
                      <td>{everyLabel(source.everySeconds)}</td>
                      <td>
                        <LastFetch source={source} />
                      </td>
                      <td>
                        <SourceActions id={source.id} label={source.publisher} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <SourceActions label="every source" />
          </>
        )}
      </section>
      <AddSourceForm />
    </div>
  );
}
