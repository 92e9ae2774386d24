import { formatPartialDate, type Source } from '@bilat/domain';
import { plural } from '~/lib/labels';
import { recordHref, sourceAnchor } from '~/lib/links';
import type { DossierView } from '~/server/dossier';

/**
 * How many sources the pair's dossier cites: all of them, as `bilat` and the briefing
 * count them, and how many of those this page lists when a section is paged
 * ("40 sources, 12 cited on this page").
 */
export function sourcesLabel(view: Pick<DossierView, 'dossier' | 'sourcesTotal'>): string {
  const shown = view.dossier.sources.length;
  return `${plural(view.sourcesTotal, 'source')}${shown < view.sourcesTotal ? `, ${shown} cited on this page` : ''}`;
}

/** Above the list when it holds only this page's sources: why it is shorter than the count. */
export function SourcesNote({ view }: { view: Pick<DossierView, 'dossier' | 'sourcesTotal'> }) {
  const shown = view.dossier.sources.length;
  if (shown >= view.sourcesTotal) return null;
  return (
    <p className="muted" data-testid="sources-note">
      This page lists the {shown} sources its entries cite, of the {view.sourcesTotal} the whole dossier cites over every page (as <code>bilat dossier {view.dossier.pair.replace('-', ' ')}</code> counts them).
    </p>
  );
}

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
