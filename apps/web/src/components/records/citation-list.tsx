import { describeLocator, formatPartialDate, type Citation, type Source } from '@bilat/domain';
import { locatorAnchor, recordHref } from '~/lib/links';

/** A record's citations in full, by source: which passages, and why each supports the fact. */
export function CitationList({ citations, sources }: { citations: readonly Citation[]; sources: readonly Source[] }) {
  const byId = new Map(sources.map((source) => [source.id, source]));
  if (citations.length === 0) return <p className="empty">No citation recorded.</p>;
  const grouped = new Map<string, Citation[]>();
  for (const citation of citations) grouped.set(citation.sourceId, [...(grouped.get(citation.sourceId) ?? []), citation]);
  return (
    <ol className="citations">
      {[...grouped.entries()].map(([sourceId, cited]) => {
        const source = byId.get(sourceId);
        return (
          <li key={sourceId} data-source={sourceId}>
            <a href={recordHref('source', sourceId)}>{source?.title ?? sourceId}</a>
            {source && (
              <span className="muted">
                {' '}
                — {source.publisher}
                {source.via ? `, citing ${source.via}` : ''}
                {source.published ? `, ${formatPartialDate(source.published)}` : ', undated'}
                {source.url && (
                  <>
                    {' · '}
                    <a href={source.url} rel="external">
                      the source’s page
                    </a>
                  </>
                )}
              </span>
            )}
            <ul className="passages">
              {cited.map((citation, index) => (
                <li key={`${citation.locator ?? ''}-${index}`}>
                  <a href={`${recordHref('source', sourceId)}#${locatorAnchor(citation.locator)}`}>{citation.locator ? describeLocator(citation.locator) : 'passage not located'}</a>
                  {citation.note && <span className="muted">: {citation.note}</span>}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
