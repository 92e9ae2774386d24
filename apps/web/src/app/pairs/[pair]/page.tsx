import { DOSSIER_SECTIONS, isPartialDate, MEETING_KINDS, partyName, type DossierSection } from '@bilat/domain';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
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
import { SourcesList, SourcesNote } from '~/components/dossier/sources-list';
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

/** One part of the dossier: titled by its heading (which names it to assistive technology), its id the anchor that links and paging return to. */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
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

      <Part id="timeline" title="Meetings">
        <FilterForm action={`/pairs/${pair}`} values={{ ...filters.values, changed: filters.values.changed?.slice(0, 10) }} kinds={kinds} errors={filters.errors} />
        <Timeline view={view} filters={filters.applied} />
        {more('meetings', 'timeline', 'meetings')}
      </Part>

      <Part id="series" title="Recurring formats">
        <SeriesList view={view} />
      </Part>

      <Part id="commitments" title="Commitments">
        <CommitmentsList view={view} />
        {more('commitments', 'commitments', 'commitments')}
      </Part>

      <Part id="trade" title="Trade">
        <TradeSection view={view} />
      </Part>

      <Part id="investment" title="Investment and indicators">
        <FiguresSection view={view} />
        {more('investment', 'investment', 'investment figures')}
        {more('indicators', 'investment', 'indicators')}
      </Part>

      <Part id="interactions" title="Reported interactions (machine-coded)">
        <InteractionsSection view={view} />
        {more('interactions', 'interactions', 'months')}
      </Part>

      <Part id="agreements" title="Agreements">
        <AgreementsSection view={view} />
        {more('agreements', 'agreements', 'agreements')}
      </Part>

      <Part id="relations" title="Relations events">
        <RelationsSection view={view} />
        {more('relations', 'relations', 'relations events')}
      </Part>

      <Part id="visits" title="Visits">
        <VisitsList view={view} />
        {more('visits', 'visits', 'visits')}
      </Part>

      <Part id="chiefs" title="Chiefs of mission">
        <ChiefsSection view={view} />
        {more('chiefsOfMission', 'chiefs', 'chiefs of mission')}
      </Part>

      <Part id="officials" title="Key officials">
        <OfficialsSection view={view} />
        {more('people', 'officials', 'officials')}
      </Part>

      <Part id="statements" title="Statements">
        <StatementsList view={view} />
        {more('statements', 'statements', 'statements')}
      </Part>

      <Part id="bodies" title="Bodies and organizations">
        <BodiesList view={view} />
      </Part>

      <Part id="disputes" title="Where sources disagree">
        <DisputesSection view={view} />
      </Part>

      <Part id="sources" title="Sources">
        <SourcesNote view={view} />
        <SourcesList sources={dossier.sources} />
      </Part>
    </article>
  );
}
