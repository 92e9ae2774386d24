import { describeLocator, type Citation } from '@bilat/domain';
import { locatorAnchor, recordHref } from '~/lib/links';

/**
 * Superscript source marks beside a fact, one per source: each links to the (first) cited
 * passage on the source's page and says in its label which source and where. With
 * `numbers` (source id → its number in the page's source list) the marks match that
 * list; otherwise they count from 1.
 */
export function Cite({ citations, sourceTitles, numbers }: { citations: readonly Citation[]; sourceTitles?: ReadonlyMap<string, string>; numbers?: ReadonlyMap<string, number> }) {
  if (citations.length === 0) return null;
  const bySource = new Map<string, Citation[]>();
  for (const citation of citations) bySource.set(citation.sourceId, [...(bySource.get(citation.sourceId) ?? []), citation]);
  return (
    <span className="cite">
      {[...bySource.entries()].map(([sourceId, cited], index) => {
        const title = sourceTitles?.get(sourceId) ?? sourceId;
        const locators = cited.map((citation) => citation.locator).filter((locator): locator is string => Boolean(locator));
        const where = locators.length ? `, ${locators.map(describeLocator).join('; ')}` : '';
        const mark = numbers?.get(sourceId) ?? index + 1;
        return (
          <a
            key={sourceId}
            href={`${recordHref('source', sourceId)}#${locatorAnchor(locators[0])}`}
            aria-label={`Source ${mark}: ${title}${where}`}
            title={`${title}${where}`}
            data-citation={`${sourceId}${locators.length ? `#${locators.join(',')}` : ''}`}
          >
            [{mark}]
          </a>
        );
      })}
    </span>
  );
}
