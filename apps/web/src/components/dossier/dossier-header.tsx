import { formatPartialDate } from '@bilat/domain';
import { countryHref } from '~/lib/links';
import { instantLabel, plural } from '~/lib/labels';
import type { DossierView } from '~/server/dossier';
import { sourcesLabel } from './sources-list';
import { currentCaller } from '~/server/session';

const SECTIONS = [
  ['timeline', 'Meetings'],
  ['series', 'Formats'],
  ['commitments', 'Commitments'],
  ['trade', 'Trade'],
  ['investment', 'Investment'],
  ['agreements', 'Agreements'],
  ['relations', 'Relations events'],
  ['visits', 'Visits'],
  ['chiefs', 'Chiefs of mission'],
  ['officials', 'Officials'],
  ['disputes', 'Disputes'],
  ['sources', 'Sources'],
] as const;

/** The pair's name, what the dossier holds, its other forms (briefing, calendar, JSON) and the page's contents. */
export async function DossierHeader({ view, changed }: { view: DossierView; changed?: string }) {
  const { dossier } = view;
  const caller = await currentCaller();
  const canWrite = caller.scope === 'write' || caller.scope === 'admin';
  // Long sections come a page at a time: the counts are the pair's, not the page's ("20 visits" above "20 of 400 visits" was wrong).
  const total = (section: 'meetings' | 'visits' | 'agreements', shown: number) => view.paging[section]?.total ?? shown;
  const agreements = total('agreements', Object.values(dossier.agreements).reduce((sum, list) => sum + list.length, 0));
  return (
    <header className="stack">
      <p className="eyebrow">Country pair dossier</p>
      <h1>
        {dossier.countries.map((country, index) => (
          <span key={country.code}>
            {index > 0 && ' – '}
            <a href={countryHref(country.code)} className="plain">
              {country.name}
            </a>
          </span>
        ))}
      </h1>
      <p className="countries">
        {dossier.countries.map((country, index) => (
          <span key={country.code}>
            {index > 0 && ' · '}
            {country.name} ({country.code}
            {country.existed ? `, a former state, ${country.existed.from}–${country.existed.to}` : ''}
            {view.capitals.get(country.code) ? `, capital ${view.capitals.get(country.code)}` : ''})
          </span>
        ))}
      </p>
      <p className="muted">
        {plural(total('meetings', dossier.meetings.length), 'meeting')} · {plural(total('visits', dossier.visits.length), 'visit')} · {plural(agreements, 'agreement')} · {plural(dossier.trade.length, 'trade figure')} ·{' '}
        {sourcesLabel(view)} ·{' '}
        {dossier.status.verified} verified, {dossier.status.draft} draft facts.{' '}
        {dossier.asOf ? <strong>As of {formatPartialDate(dossier.asOf)}.</strong> : <>Time since is counted to {formatPartialDate(dossier.today)}.</>}
      </p>
      {changed && (
        <p className="notice" role="status">
          Marked <span className="badge new">new</span> or <span className="badge new">edited</span>: {plural(view.marks.size, 'record')} added or edited since {changed.length > 10 ? instantLabel(changed) : formatPartialDate(changed)} (across bilat).
        </p>
      )}
      <p className="row no-print">
        <a className="button" href={`/pairs/${dossier.pair}/brief`}>
          Briefing
        </a>
        <a className="button secondary" href={`/pairs/${dossier.pair}/calendar.ics`}>
          Calendar (.ics)
        </a>
        <a className="button secondary" href={`/pairs/${dossier.pair}/changes.atom`}>
          Changes (Atom)
        </a>
        <a className="button secondary" href={`/api/v1/pairs/${dossier.pair}/dossier`}>
          JSON
        </a>
        {canWrite && (
          <a className="button secondary" href={`/meetings/new?pair=${dossier.pair}`}>
            Add a meeting
          </a>
        )}
        {canWrite && (
          <a className="button secondary" href={`/figures/trade/new?pair=${dossier.pair}`}>
            Add a trade figure
          </a>
        )}
        {canWrite && (
          <a className="button secondary" href={`/agreements/new?pair=${dossier.pair}`}>
            Add an agreement
          </a>
        )}
      </p>
      <nav aria-label="On this page" className="toc no-print">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
