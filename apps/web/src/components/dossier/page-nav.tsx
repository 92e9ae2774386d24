import type { DossierSection } from '@bilat/domain';
import type { SectionPaging } from '~/server/dossier';

/**
 * Under a paged section: how many of how many it shows, and plain links to the next page
 * and back to the first (server-rendered: they work without JavaScript). The section's
 * cursor goes in its own URL parameter, so the other sections and filters stay as they are.
 */
export function PageNav({ pair, section, paging, query, anchor, noun }: { pair: string; section: DossierSection; paging: SectionPaging; query: URLSearchParams; anchor: string; noun: string }) {
  if (!paging.cursor && !paging.nextCursor) return null;
  const href = (cursor: string | null) => {
    const search = new URLSearchParams(query);
    if (cursor) search.set(section, cursor);
    else search.delete(section);
    const text = search.toString();
    return `/pairs/${pair}${text ? `?${text}` : ''}#${anchor}`;
  };
  return (
    <nav className="row muted page-nav" aria-label={`More ${noun}`} data-section={section}>
      <span>
        {paging.shown} of {paging.total} {noun}
        {paging.cursor ? ' (a later page)' : ''}
      </span>
      {paging.cursor && <a href={href(null)}>First page</a>}
      {paging.nextCursor && (
        <a href={href(paging.nextCursor)} rel="next">
          Show more {noun} →
        </a>
      )}
    </nav>
  );
}
