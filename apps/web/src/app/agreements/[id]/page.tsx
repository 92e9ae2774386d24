import { formatPartialDate, partyName } from '@bilat/domain';
import { eventDateLabel } from '@bilat/formats';
import type { Metadata } from 'next';
import { Cite } from '~/components/citations';
import { Facts } from '~/components/records/facts';
import { RecordFooter } from '~/components/records/record-footer';
import { RecordHeader } from '~/components/records/record-header';
import { RelatedList } from '~/components/records/related-list';
import { SourcesSection } from '~/components/records/sources-section';
import { humanize, stageLabel } from '~/lib/labels';
import { pageMetadata } from '~/lib/metadata';
import { countryHref, recordHref } from '~/lib/links';
import { recordDetail } from '~/server/records';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('agreement', (await params).id);
  return pageMetadata({ title: record.title, description: `${humanize(record.kind)} between ${record.parties.map(partyName).join(' and ')}: ${stageLabel(record.stage)}.`, path: recordHref('agreement', record.id), type: 'article' });
}

export default async function AgreementPage({ params }: Props) {
  const detail = await recordDetail('agreement', (await params).id);
  const agreement = detail.record;
  const titles = new Map(detail.references.map((r) => [`${r.kind}:${r.id}`, r.title]));
  const sourceTitles = new Map(detail.sources.map((source) => [source.id, source.title]));
  const place = detail.references.find((r) => r.relation === 'place');
  return (
    <article className="stack">
      <RecordHeader kind={humanize(agreement.kind)} title={agreement.title} status={agreement.status} editHref={`${recordHref('agreement', agreement.id)}/edit`}>
        <p className="lead">
          <span className="badge ok">{stageLabel(agreement.stage)}</span> between {agreement.parties.map(partyName).join(' and ')}
          <Cite citations={agreement.citations} sourceTitles={sourceTitles} />
        </p>
      </RecordHeader>
      <Facts
        rows={[
          ['Parties', agreement.parties.map((code, index) => <span key={code}>{index > 0 && ', '}<a href={countryHref(code)}>{partyName(code)}</a></span>)],
          ['Signatories', agreement.signatoryOrganizationIds.length > 0 ? agreement.signatoryOrganizationIds.map((id, index) => <span key={id}>{index > 0 && '; '}<a href={recordHref('organization', id)}>{titles.get(`organization:${id}`) ?? id}</a></span>) : 'not named by the sources'],
          ['Place', place?.title],
          ['Related event', agreement.relatedEvent && <a href={recordHref(agreement.relatedEvent.kind, agreement.relatedEvent.id)}>{titles.get(`${agreement.relatedEvent.kind}:${agreement.relatedEvent.id}`) ?? agreement.relatedEvent.id}</a>],
          ['Ratifications', agreement.ratifications.length > 0 && agreement.ratifications.map((r) => `${partyName(r.party)}${r.date ? ` (${formatPartialDate(r.date)})` : ''}`).join(', ')],
          ['Summary', agreement.summary],
          ['Notes', agreement.notes],
        ]}
      />
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Stages</h2>
        <ol className="timeline">
          {agreement.steps.map((step, index) => (
            <li key={index}>
              <div className="when">{step.date ? eventDateLabel(step.date) : 'date not known'}</div>
              <strong>{stageLabel(step.stage)}</strong>
              {step.date?.note && <div className="muted">{step.date.note}</div>}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Statements and other records about it</h2>
        <RelatedList items={detail.dependents.filter((d) => d.kind !== 'dispute')} empty="No other record refers to this agreement." />
      </section>
      <SourcesSection citations={agreement.citations} sources={detail.sources} disputes={detail.disputes} subject={agreement.title} />
      <RecordFooter kind="agreement" id={agreement.id} />
    </article>
  );
}
