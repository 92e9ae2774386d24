import { partyName, relationEventLabel } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import type { Metadata } from 'next';
import { Cite } from '~/components/citations';
import { Facts } from '~/components/records/facts';
import { RecordFooter } from '~/components/records/record-footer';
import { RecordHeader } from '~/components/records/record-header';
import { RelatedList } from '~/components/records/related-list';
import { SourcesSection } from '~/components/records/sources-section';
import { pageMetadata } from '~/lib/metadata';
import { countryHref, pairHref, recordHref } from '~/lib/links';
import { recordDetail } from '~/server/records';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, title } = await recordDetail('relation', (await params).id);
  return pageMetadata({ title, description: `${relationEventLabel(record.kind)}, ${eventDateLabel(record.date)}: ${record.pair.split('-').map(partyName).join(' and ')}`, path: recordHref('relation', record.id), type: 'article' });
}

/** One relations event: what happened between the two parties, when, by whom, where. */
export default async function RelationPage({ params }: Props) {
  const detail = await recordDetail('relation', (await params).id);
  const relation = detail.record;
  const [a, b] = relation.pair.split('-') as [string, string];
  const sourceTitles = new Map(detail.sources.map((source) => [source.id, source.title]));
  return (
    <article className="stack">
      <RecordHeader kind={`Relations event · ${relationEventLabel(relation.kind)}`} title={detail.title} status={relation.status}>
        <p className="lead">
          {eventDateLabel(relation.date)} · <a href={pairHref(relation.pair)}>{partyName(a)} – {partyName(b)}</a>
          <Cite citations={relation.citations} sourceTitles={sourceTitles} />
        </p>
      </RecordHeader>
      <Facts
        rows={[
          ['What', relationEventLabel(relation.kind)],
          ['Date', <>{eventDateLabel(relation.date)}{relation.date.note && <div className="muted">{relation.date.note}</div>}</>],
          ['Between', <><a href={countryHref(a)}>{partyName(a)}</a> and <a href={countryHref(b)}>{partyName(b)}</a></>],
          ['By', relation.actor ? <a href={countryHref(relation.actor)}>{partyName(relation.actor)}</a> : undefined],
          ['Where', relation.city],
          ['Notes', relation.notes],
        ]}
      />
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Records that refer to it</h2>
        <RelatedList items={detail.dependents.filter((d) => d.kind !== 'dispute')} empty="No other record refers to this event." />
      </section>
      <SourcesSection citations={relation.citations} sources={detail.sources} disputes={detail.disputes} subject={detail.title} />
      <RecordFooter kind="relation" id={relation.id} />
    </article>
  );
}
