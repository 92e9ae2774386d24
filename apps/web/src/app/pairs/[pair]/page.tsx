import { DOSSIER_SECTIONS, isPartialDate, MEETING_KINDS, partyName, type DossierSection } from '@bilat/domain';
import type { Metadata } from 'next';
import { AgreementsSection } from '~/components/dossier/agreements-section';
import { BodiesList } from '~/components/dossier/bodies-list';
import { ChiefsSection } from '~/components/dossier/chiefs-section';
import { CommitmentsList } from '~/components/dossier/commitments-list';
import { DisputesSection } from '~/components/dossier/disputes-section';
import { DossierHeader } from '~/components/dossier/dossier-header';
import { FiguresSection } from '~/components/dossier/figures-section';
import { InteractionsSection } from '~/components/dossier/interactions-section';
import { FilterForm } from '~/components/dossier/filter-form';
import { OfficialsSection } from '~/components/dossier/officials-section';
import { PageNav } from '~/components/dossier/page-nav';
import { RelationsSection } from '~/components/dossier/relations-section';
import { SeriesList } from '~/components/dossier/series-list';
import { SourcesList } from '~/components/dossier/sources-list';
import { StatementsList } from '~/components/dossier/statements-list';
import { Timeline } from '~/components/dossier/timeline';
import { TradeSection } from '~/components/dossier/trade-section';
import { VisitsList } from '~/components/dossier/visits-list';
import { humanize } from '~/lib/labels';
import { pageMetadata } from '~/lib/metadata';
import { loadDossierView } from '~/server/dossier';
import { canonicalPairOrRedirect, param, queryString } from '~/server/pair';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ pair: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DATE_ERROR = 'Use YYYY, YYYY-MM or YYYY-MM-DD';

/** The filters from the URL, each checked; a bad one is reported beside its field and ignored. */
function readFilters(params: Record<string, string | string[] | undefined>) {
  const errors: Partial<Record<'from' | 'to' | 'kind' | 'changed' | 'asOf', string>> = {};
  const date = (name: 'from' | 'to' | 'asOf') => {
    const value = param(params, name);
    if (value && !isPartialDate(value)) errors[name] = DATE_ERROR;
    return value;
  };
  const values = { from: date('from'), to: date('to'), asOf: date('asOf'), kind: param(params, 'kind'), changed: param(params, 'changed') };
  if (values.kind && !(MEETING_KINDS as readonly string[]).includes(values.kind)) errors.kind = 'Not a kind of meeting bilat knows';
  // A day from the form, or an exact instant (ISO 8601, UTC) from a link.
  if (values.changed && !(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/.test(values.changed) && !Number.isNaN(Date.parse(values.changed)))) errors.changed = 'Use a day: YYYY-MM-DD';
  const valid = <K extends keyof typeof values>(name: K) => (errors[name] ? undefined : values[name]);
  return { values, errors, applied: { from: valid('from'), to: valid('to'), kind: valid('kind'), changed: valid('changed'), asOf: valid('asOf') } };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pair = canonicalPairOrRedirect((await params).pair);
  const [a, b] = pair.split('-') as [string, string];
  const names = `${partyName(a)}–${partyName(b)}`;
  const metadata = pageMetadata({
    title: `${names} relations`,
    description: `The ${names} dossier: meetings and their delegations, relations events, visits, chiefs of mission, agreements, commitments, trade and investment — every figure with its source.`,
    path: `/pairs/${pair}`,
    type: 'article',
  });
  // The pair's own feed of changes, for a feed reader that finds it from the page.
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: {
        'application/atom+xml': [
          { url: `/pairs/${pair}/changes.atom`, title: `bilat: ${names} changes` },
          { url: '/changes.atom', title: 'bilat: changes' },
        ],
        'text/calendar': [{ url: `/pairs/${pair}/calendar.ics`, title: `${names} meetings` }],
      },
    },
  };
}

export default async function DossierPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const pair = canonicalPairOrRedirect((await params).pair, '', queryString(query));
  const filters = readFilters(query);
  // Each paged section's cursor is its own parameter (?meetings=…); the timeline's filters read every meeting.
  const cursors = Object.fromEntries(DOSSIER_SECTIONS.flatMap((section) => (param(query, section) ? [[section, param(query, section)!]] : [])));
  const filtering = Boolean(filters.applied.from || filters.applied.to || filters.applied.kind);
  const view = await loadDossierView(pair, filters.applied.asOf, filters.applied.changed, JSON.stringify(cursors), filtering);
  const { dossier } = view;
  const search = new URLSearchParams(queryString(query));
  const more = (section: DossierSection, anchor: string, noun: string) => <PageNav pair={pair} section={section} paging={view.paging[section]} query={search} anchor={anchor} noun={noun} />;
  const kinds: { value: string; label: string }[] = [...new Set<string>(dossier.meetings.map((meeting) => meeting.kind))].sort().map((value) => ({ value, label: humanize(value) }));
  if (filters.values.kind && !kinds.some((kind) => kind.value === filters.values.kind) && !filters.errors.kind) kinds.push({ value: filters.values.kind, label: humanize(filters.values.kind) });
  return (
    <article className="dossier stack">
      <DossierHeader view={view} changed={filters.applied.changed} />

      <section aria-labelledby="timeline-heading" id="timeline">
        <h2 id="timeline-heading">Meetings</h2>
        <FilterForm action={`/pairs/${pair}`} values={{ ...filters.values, changed: filters.values.changed?.slice(0, 10) }} kinds={kinds} errors={filters.errors} />
        <Timeline view={view} filters={filters.applied} />
        {more('meetings', 'timeline', 'meetings')}
      </section>

      <section aria-labelledby="series-heading" id="series">
        <h2 id="series-heading">Recurring formats</h2>
        <SeriesList view={view} />
      </section>

      <section aria-labelledby="commitments-heading" id="commitments">
        <h2 id="commitments-heading">Commitments</h2>
        <CommitmentsList view={view} />
        {more('commitments', 'commitments', 'commitments')}
      </section>

      <section aria-labelledby="trade-heading" id="trade">
        <h2 id="trade-heading">Trade</h2>
        <TradeSection view={view} />
      </section>

      <section aria-labelledby="investment-heading" id="investment">
        <h2 id="investment-heading">Investment and indicators</h2>
        <FiguresSection view={view} />
        {more('investment', 'investment', 'investment figures')}
        {more('indicators', 'investment', 'indicators')}
      </section>

      <section aria-labelledby="interactions-heading" id="interactions">
        <h2 id="interactions-heading">Reported interactions (machine-coded)</h2>
        <InteractionsSection view={view} />
        {more('interactions', 'interactions', 'months')}
      </section>

      <section aria-labelledby="agreements-heading" id="agreements">
        <h2 id="agreements-heading">Agreements</h2>
        <AgreementsSection view={view} />
        {more('agreements', 'agreements', 'agreements')}
      </section>

      <section aria-labelledby="relations-heading" id="relations">
        <h2 id="relations-heading">Relations events</h2>
        <RelationsSection view={view} />
        {more('relations', 'relations', 'relations events')}
      </section>

      <section aria-labelledby="visits-heading" id="visits">
        <h2 id="visits-heading">Visits</h2>
        <VisitsList view={view} />
        {more('visits', 'visits', 'visits')}
      </section>

      <section aria-labelledby="chiefs-heading" id="chiefs">
        <h2 id="chiefs-heading">Chiefs of mission</h2>
        <ChiefsSection view={view} />
        {more('chiefsOfMission', 'chiefs', 'chiefs of mission')}
      </section>

      <section aria-labelledby="officials-heading" id="officials">
        <h2 id="officials-heading">Key officials</h2>
        <OfficialsSection view={view} />
        {more('people', 'officials', 'officials')}
      </section>

      <section aria-labelledby="statements-heading" id="statements">
        <h2 id="statements-heading">Statements</h2>
        <StatementsList view={view} />
        {more('statements', 'statements', 'statements')}
      </section>

      <section aria-labelledby="bodies-heading" id="bodies">
        <h2 id="bodies-heading">Bodies and organizations</h2>
        <BodiesList view={view} />
      </section>

      <section aria-labelledby="disputes-heading" id="disputes">
        <h2 id="disputes-heading">Where sources disagree</h2>
        <DisputesSection view={view} />
      </section>

      <section aria-labelledby="sources-heading" id="sources">
        <h2 id="sources-heading">Sources</h2>
        <SourcesList sources={dossier.sources} />
      </section>
    </article>
  );
}
