import type { Citation, Dispute, Source } from '@bilat/domain';
import { CitationList } from './citation-list';
import { Disputes } from './disputes';

/** The end of every record page: its citations in full, then any disagreement between sources about it. */
export function SourcesSection({ citations, sources, disputes, subject }: { citations: readonly Citation[]; sources: readonly Source[]; disputes: readonly Dispute[]; subject?: string }) {
  const titles = new Map(sources.map((source) => [source.id, source.title]));
  return (
    <>
      {disputes.length > 0 && (
        <section aria-labelledby="disputes-heading">
          <h2 id="disputes-heading">Where sources disagree</h2>
          <Disputes disputes={disputes} sourceTitles={titles} subjectTitle={() => subject} />
        </section>
      )}
      <section aria-labelledby="citations-heading">
        <h2 id="citations-heading">Sources</h2>
        <CitationList citations={citations} sources={sources} />
      </section>
    </>
  );
}
