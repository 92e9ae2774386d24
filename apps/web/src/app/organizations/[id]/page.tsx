import { formatPartialDate, partyName } from '@bilat/domain';
import type { Metadata } from 'next';
import { Cite } from '~/components/citations';
import { Facts } from '~/components/records/facts';
import { RecordFooter } from '~/components/records/record-footer';
import { RecordHeader } from '~/components/records/record-header';
import { RelatedList } from '~/components/records/related-list';
import { SourcesSection } from '~/components/records/sources-section';
import { humanize } from '~/lib/labels';
import { pageMetadata } from '~/lib/metadata';
import { countryHref, recordHref } from '~/lib/links';
import { recordDetail } from '~/server/records';
import { api } from '~/trpc/server';
import { MeetingList } from '~/components/records/meeting-list';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record } = await recordDetail('organization', (await params).id);
  return pageMetadata({ title: record.name, description: `${record.name}: its posts and their holders, and the meetings its officials attended.`, path: recordHref('organization', record.id) });
}

export default async function OrganizationPage({ params }: Props) {
  const detail = await recordDetail('organization', (await params).id);
  const organization = detail.record;
  const caller = await api();
  const [posts, meetings] = await Promise.all([caller.posts.list({ organization: organization.id, limit: 200 }), caller.meetings.list({ organization: organization.id, limit: 100 })]);
  const holders = await Promise.all(
    posts.items.map(async (post) => {
      const holdings = (await caller.holdings.list({ post: post.id, limit: 100 })).items;
      const people = await Promise.all(holdings.map(async (holding) => ({ holding, person: await caller.people.get({ id: holding.personId }).catch(() => undefined) })));
      return { post, people };
    }),
  );
  const sourceTitles = new Map(detail.sources.map((source) => [source.id, source.title]));
  const parent = detail.references.find((r) => r.relation === 'parent');
  const place = detail.references.find((r) => r.relation === 'place');
  return (
    <article className="stack">
      <RecordHeader kind={humanize(organization.kind)} title={organization.name} status={organization.status}>
        <p className="lead">
          {organization.members.length > 0 ? `Joint body of ${organization.members.map(partyName).join(' and ')}` : organization.country ? partyName(organization.country) : ''}
          <Cite citations={organization.citations} sourceTitles={sourceTitles} />
        </p>
      </RecordHeader>
      <Facts
        rows={[
          ['Country', organization.country && <a href={countryHref(organization.country)}>{partyName(organization.country)}</a>],
          ['Members', organization.members.length > 0 && organization.members.map((code, index) => <span key={code}>{index > 0 && ', '}<a href={countryHref(code)}>{partyName(code)}</a></span>)],
          ['Part of', parent && <a href={recordHref('organization', parent.id)}>{parent.title}</a>],
          ['Seat', place?.title],
          ['Other names', organization.names.length > 0 && organization.names.map((name) => `${name.value}${name.from || name.to ? ` (${[name.from && formatPartialDate(name.from), name.to && formatPartialDate(name.to)].filter(Boolean).join('–')})` : ''}`).join('; ')],
        ]}
      />
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading">Posts and their holders</h2>
        {holders.length === 0 ? (
          <p className="empty">No post of this organization is recorded.</p>
        ) : (
          <ul className="plain-list">
            {holders.map(({ post, people }) => (
              <li key={post.id} className="card">
                <h3 className="card-title">{post.title}</h3>
                {people.length === 0 ? (
                  <p className="muted">No holder recorded.</p>
                ) : (
                  <ul>
                    {people.map(({ holding, person }) => (
                      <li key={holding.id}>
                        <a href={recordHref('person', holding.personId)}>{person?.name ?? holding.personId}</a>
                        <span className="muted">
                          {' '}
                          {holding.start ? `from ${formatPartialDate(holding.start)}` : holding.attestations[0] ? `attested ${holding.attestations.map((a) => formatPartialDate(a.on)).join(', ')}` : ''}
                          {holding.end ? ` to ${formatPartialDate(holding.end)}` : ''}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">Meetings</h2>
        {meetings.items.length === 0 ? (
          <p className="empty">No meeting with this organization&rsquo;s officials is recorded.</p>
        ) : (
          <MeetingList meetings={meetings.items} />
        )}
      </section>
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Other records pointing here</h2>
        <RelatedList items={detail.dependents.filter((d) => d.kind !== 'post' && d.kind !== 'dispute')} empty="No other record refers to this organization." />
      </section>
      <SourcesSection citations={organization.citations} sources={detail.sources} disputes={detail.disputes} subject={organization.name} />
      <RecordFooter kind="organization" id={organization.id} />
    </article>
  );
}
