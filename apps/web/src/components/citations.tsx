import { describeLocator, type Citation } from '@bilat/domain';
import Link from 'next/link';

/**
 * Superscript source marks beside a fact: each links to the source's page at the cited
 * passage, and says in its label which source and where.
 */
export function Cite({ citations, sourceTitles }: { citations: readonly Citation[]; sourceTitles?: ReadonlyMap<string, string> }) {
  if (citations.length === 0) return null;
  return (
    <span className="cite">
      {citations.map((citation, index) => {
        const title = sourceTitles?.get(citation.sourceId) ?? citation.sourceId;
        const where = citation.locator ? `, ${describeLocator(citation.locator)}` : '';
        return (
          <Link
            key={`${citation.sourceId}-${citation.locator ?? ''}-${index}`}
            href={`/sources/${citation.sourceId}${citation.locator ? `#${citation.locator}` : ''}`}
            aria-label={`Source: ${title}${where}`}
            title={`${title}${where}`}
            data-citation={`${citation.sourceId}${citation.locator ? `#${citation.locator}` : ''}`}
          >
            [{index + 1}]
          </Link>
        );
      })}
    </span>
  );
}
