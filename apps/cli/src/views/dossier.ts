import { formatMoney, formatPartialDate, isPartialDate, partyName, relationEventLabel, type Dossier, type RecordRef } from '@bilat/domain';
import { asOfLabel, eventDateLabel, indicatorValueLabel, periodLabel, tenureLabel } from '@bilat/formats/labels';
import {
  agreementColumns,
  commitmentColumns,
  dossierPeopleColumns,
  dossierSeriesColumns,
  meetingColumns,
  pairLabel,
  seriesLastRound,
  sourceColumns,
  visitColumns,
} from './columns.js';
import { blank, heading, line, paragraph, span, tableLines, type Line } from './doc.js';
import { SECTION_TITLES, type Route, type Section } from './routes.js';
import { mirrorLines, tradeChartLines, tradeTableLines } from './trade.js';

/*
 * A pair's dossier: the overview the UI opens on a pair, each section's screen, and the
 * whole of it as text for `bilat dossier`.
 */

const record = (kind: RecordRef['kind'], id: string): Route => ({ screen: 'record', kind, id });

function allAgreements(dossier: Dossier) {
  return Object.values(dossier.agreements).flat();
}

function titles(dossier: Dossier) {
  const meetings = new Map(dossier.meetings.map((m) => [m.id, m.title]));
  const visits = new Map(dossier.visits.map((v) => [v.visit.id, v.visit.title]));
  return (ref: { kind: string; id: string }) => (ref.kind === 'meeting' ? meetings.get(ref.id) : ref.kind === 'visit' ? visits.get(ref.id) : undefined);
}

export function sectionCount(dossier: Dossier, section: Section): number {
  switch (section) {
    case 'meetings':
      return dossier.meetings.length;
    case 'series':
      return dossier.series.length;
    case 'officials':
      return dossier.people.length;
    case 'agreements':
      return allAgreements(dossier).length;
    case 'commitments':
      return dossier.commitments.length;
    case 'trade':
      return dossier.trade.reduce((sum, row) => sum + row.figures.length, 0);
    case 'visits':
      return dossier.visits.length;
    case 'relations':
      return dossier.relations.length;
    case 'chiefs':
      return dossier.chiefsOfMission.reduce((sum, mission) => sum + mission.chiefs.length, 0);
    case 'sources':
      return dossier.sources.length;
  }
}

/** One line of what a section holds, shown beside it in the overview. */
function sectionPreview(dossier: Dossier, section: Section): string {
  switch (section) {
    case 'meetings': {
      const latest = dossier.meetings[0];
      return latest ? `latest: ${latest.title}, ${eventDateLabel(latest.date)}` : 'none recorded';
    }
    case 'series':
      return dossier.series.map((entry) => `${entry.series.kind.replaceAll('-', ' ')}: ${seriesLastRound(entry)}`).join('; ') || 'none recorded';
    case 'officials':
      return dossier.people.slice(0, 3).map((entry) => entry.person.name).join(', ') || 'none recorded';
    case 'agreements':
      return Object.entries(dossier.agreements)
        .filter(([, list]) => list.length)
        .map(([stage, list]) => `${list.length} ${stage.replaceAll('-', ' ')}`)
        .join(', ') || 'none recorded';
    case 'commitments': {
      const open = dossier.commitments.filter((c) => c.state === 'open').length;
      return dossier.commitments.length ? `${open} open, ${dossier.commitments.length - open} settled` : 'none recorded';
    }
    case 'trade': {
      const latest = [...dossier.trade].reverse().find((row) => row.flow === 'turnover') ?? dossier.trade.at(-1);
      return latest
        ? `${periodLabel(latest.period, { style: 'short' })} ${latest.flow}: ${formatMoney(latest.figures[0]!.value)}, as ${partyName(latest.reporter)} reports it`
        : 'no figures recorded';
    }
    case 'visits': {
      const latest = dossier.visits[0]?.visit;
      return latest ? `latest: ${latest.title}, ${eventDateLabel(latest.date)}` : 'none recorded';
    }
    case 'relations': {
      const first = dossier.relations[0];
      return first ? `first: ${relationEventLabel(first.kind).toLowerCase()}, ${eventDateLabel(first.date)}` : 'none recorded';
    }
    case 'chiefs': {
      const latest = dossier.chiefsOfMission.flatMap((mission) => mission.chiefs).at(-1);
      return latest ? `latest: ${latest.person.name}, ${latest.post.title}` : 'none recorded';
    }
    case 'sources':
      return dossier.sources.length ? `newest: ${dossier.sources[0]!.publisher}` : 'none';
  }
}

/** The lines of one section's screen (and of its part of `bilat dossier`). */
export function sectionLines(dossier: Dossier, section: Section, width: number): Line[] {
  const places = new Map(dossier.places.map((place) => [place.id, place]));
  switch (section) {
    case 'meetings':
      if (!dossier.meetings.length) return [line([span('No meetings recorded.', 'muted')])];
      return tableLines(dossier.meetings, meetingColumns(places), width, (m) => record('meeting', m.id));
    case 'series':
      if (!dossier.series.length) return [line([span('No recurring formats recorded.', 'muted')])];
      return tableLines(dossier.series, dossierSeriesColumns, width, (entry) => record('series', entry.series.id));
    case 'officials':
      if (!dossier.people.length) return [line([span('No officials recorded at meetings of this pair.', 'muted')])];
      return tableLines(dossier.people, dossierPeopleColumns, width, (entry) => record('person', entry.person.id));
    case 'agreements': {
      const list = allAgreements(dossier);
      if (!list.length) return [line([span('No agreements recorded.', 'muted')])];
      return tableLines(list, agreementColumns(), width, (a) => record('agreement', a.id));
    }
    case 'commitments':
      if (!dossier.commitments.length) return [line([span('No commitments recorded.', 'muted')])];
      return tableLines(dossier.commitments, commitmentColumns(titles(dossier)), width, (c) => record('commitment', c.id));
    case 'trade':
      return [...tradeChartLines(dossier.trade, width), blank(), heading('Figures'), ...tradeTableLines(dossier.trade, width), ...mirrorLines(dossier.tradeMirrors, width)];
    case 'visits': {
      const visits = dossier.visits.map((entry) => entry.visit);
      if (!visits.length) return [line([span('No visits recorded.', 'muted')])];
      return tableLines(visits, visitColumns(places), width, (v) => record('visit', v.id));
    }
    case 'relations':
      if (!dossier.relations.length) return [line([span('No relations events recorded.', 'muted')])];
      return tableLines(
        dossier.relations,
        [
          { header: 'date', value: (r) => eventDateLabel(r.date) },
          { header: 'event', value: (r) => relationEventLabel(r.kind) },
          { header: 'by', value: (r) => (r.actor ? partyName(r.actor) : 'both') },
          { header: 'where', value: (r) => r.city ?? '', flex: true },
        ],
        width,
        (r) => record('relation', r.id),
      );
    case 'chiefs': {
      const out: Line[] = [];
      for (const mission of dossier.chiefsOfMission) {
        out.push(line([span(`${partyName(mission.side)} to ${partyName(mission.to)}`, 'accent')]));
        if (!mission.chiefs.length) {
          out.push(line([span('  none recorded', 'muted')]));
          continue;
        }
        out.push(
          ...tableLines(
            mission.chiefs,
            [
              { header: 'name', value: (chief) => chief.person.name },
              { header: 'post', value: (chief) => chief.post.title.replace(/ of the United States to .*$| to .*$/, '') },
              { header: 'tenure', value: (chief) => tenureLabel(chief.holding, { style: 'short' }) || 'dates not known', flex: true },
            ],
            width,
            (chief) => record('holding', chief.holding.id),
          ),
        );
      }
      return out;
    }
    case 'sources':
      if (!dossier.sources.length) return [line([span('No sources.', 'muted')])];
      return tableLines(dossier.sources, sourceColumns, width, (s) => record('source', s.id));
  }
}

/** The investment, indicator and interaction lines every view of the dossier ends with. */
function figureLines(dossier: Dossier, width: number): Line[] {
  const out: Line[] = [];
  for (const flow of dossier.investment) {
    const text = `${partyName(flow.from)} → ${partyName(flow.to)}, ${periodLabel(flow.span)}: ${formatMoney(flow.value)} (${flow.kind.replaceAll('-', ' ')}${flow.cumulative ? ', cumulative' : ''})`;
    out.push(...paragraph(text, width, { label: 'Investment', labelWidth: 14 }).map((l, i) => (i === 0 ? { ...l, target: record('investment', flow.id) } : l)));
  }
  for (const indicator of dossier.indicators) {
    const text = `${indicator.label}: ${indicatorValueLabel(indicator)}, ${asOfLabel(indicator.asOf)}`;
    out.push(...paragraph(text, width, { label: 'Indicator', labelWidth: 14 }).map((l, i) => (i === 0 ? { ...l, target: record('indicator', indicator.id) } : l)));
  }
  const titleOf = titles(dossier);
  const people = new Map(dossier.people.map((entry) => [entry.person.id, entry.person.name]));
  const agreements = new Map(allAgreements(dossier).map((agreement) => [agreement.id, agreement.title]));
  for (const dispute of dossier.disputes) {
    // Whose fact it is ("start of the visit …"), and each value said once, a date as people read it.
    const ref = dispute.subject ?? dispute.claims.find((claim) => claim.record)?.record;
    const subject = ref && (titleOf(ref) ?? (ref.kind === 'person' ? people.get(ref.id) : ref.kind === 'agreement' ? agreements.get(ref.id) : undefined) ?? `a ${ref.kind === 'holding' ? 'post held' : ref.kind}`);
    const values = [...new Set(dispute.claims.map((claim) => claim.value))].map((value) => `“${isPartialDate(value) ? formatPartialDate(value) : value}”`);
    const text = `${dispute.field}${subject ? ` of ${subject}` : ''}: ${values.join(' vs ')}`;
    out.push(...paragraph(text, width, { label: 'Disputed', labelWidth: 14, tone: 'warning' }).map((l, i) => (i === 0 ? { ...l, target: record('dispute', dispute.id) } : l)));
  }
  const interactions = dossier.interactions.reduce((sum, month) => sum + month.count, 0);
  out.push(
    ...paragraph(
      interactions ? `${interactions} machine-coded events over ${dossier.interactions.length} months (bilat interactions)` : 'no machine-coded (GDELT) events loaded yet',
      width,
      { label: 'Interactions', labelWidth: 14, tone: interactions ? undefined : 'muted' },
    ),
  );
  return out;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function headerLines(dossier: Dossier, width: number): Line[] {
  const when = dossier.asOf ? asOfLabel(dossier.asOf) : `today, ${formatPartialDate(dossier.today)}`;
  const counts = [
    count(dossier.meetings.length, 'meeting'),
    count(allAgreements(dossier).length, 'agreement'),
    count(dossier.commitments.filter((c) => c.state === 'open').length, 'open commitment'),
    count(new Set(dossier.trade.map((row) => row.period.start.slice(0, 4))).size, 'year', 'years') + ' of trade figures',
    count(dossier.sources.length, 'source'),
  ].join(' · ');
  return [
    line([span(pairLabel(dossier.pair), 'title'), span(`  ${dossier.pair} · ${when}`, 'muted')]),
    ...paragraph(counts, width, { tone: 'muted' }),
  ];
}

/** What the UI shows for a pair: the sections to open, each with a glimpse of what it holds. */
export function dossierOverviewLines(dossier: Dossier, width: number, sections: readonly Section[]): Line[] {
  const labelWidth = Math.max(...sections.map((s) => `${SECTION_TITLES[s]} (${sectionCount(dossier, s)})`.length)) + 2;
  const out: Line[] = [...headerLines(dossier, width), blank()];
  for (const section of sections) {
    const label = `${SECTION_TITLES[section]} (${sectionCount(dossier, section)})`;
    out.push(line([span(label.padEnd(labelWidth), 'accent'), span(sectionPreview(dossier, section), 'muted')], { screen: 'section', pair: dossier.pair, section }));
  }
  out.push(blank(), ...figureLines(dossier, width));
  return out;
}

/** The whole dossier as text, section by section, for `bilat dossier KZ LT`. */
export function dossierTextLines(dossier: Dossier, width: number, sections: readonly Section[]): Line[] {
  const out: Line[] = [...headerLines(dossier, width)];
  for (const section of sections) {
    out.push(blank(), heading(SECTION_TITLES[section], sectionCount(dossier, section)));
    out.push(...sectionLines(dossier, section, width));
  }
  out.push(blank(), heading('Investment, indicators and disputes'), ...figureLines(dossier, width));
  return out;
}
