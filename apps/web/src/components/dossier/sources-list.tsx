import { formatPartialDate, type Source } from '@bilat/domain';
import { recordHref, sourceAnchor } from '~/lib/links';

/** The numbered list of every source the page cites; citation marks carry the same numbers. */
export function SourcesList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <p className="empty">No source is cited.</p>;
  return (
    <ol className="sources" data-testid="sources">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)}>
          <a href={recordHref('source', source.id)}>{source.title}</a>
          <span className="muted">
            {' '}
            — {source.publisher}
            {source.via ? `, citing ${source.via}` : ''}, {source.published ? `published ${formatPartialDate(source.published)}` : 'date of publication not known'}
          </span>
          {source.url && (
            <>
              {' '}
              <a href={source.url} rel="external noopener noreferrer" className="external">
                original
                <span className="visually-hidden"> (opens the publisher&rsquo;s site)</span>
              </a>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
