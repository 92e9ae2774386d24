import {
  describeLocator,
  formatPartialDate,
  partyName, partyNameInText,
  relationEventLabel,
  topicLabel,
  type Citation,
  type Dossier,
  type Place,
  type Source,
} from '@bilat/domain';
import { delegationHeads, stageLabel } from './describe.js';
import { asOfLabel, eventDateLabel, indicatorValueLabel, lastRoundLabel, locationLabel, mirrorLabel, moneyLabel, moneyLabelsApart, periodLabel, tenureLabel } from './labels.js';

/*
 * The briefing: a pair's dossier, compact, each line with numbered source notes. Built
 * once here and rendered as Markdown (export, `--md`) or HTML (the web's brief page).
 */

export interface BriefingLine {
  text: string;
  /** Numbers of the source notes that support the line. */
  notes: number[];
}

export interface BriefingSection {
  heading: string;
  lines: BriefingLine[];
}

export interface BriefingNote {
  n: number;
  source: Source;
  locator?: string;
  text: string;
}

export interface Briefing {
  title: string;
  subtitle: string;
  sections: BriefingSection[];
  notes: BriefingNote[];
}

const FLOW_LABEL = { export: 'exports', import: 'imports', turnover: 'turnover' } as const;

function noteText(source: Source, locator?: string): string {
  const when = source.published ? formatPartialDate(source.published) : 'undated';
  const via = source.via ? `, via ${source.via}` : '';
  const where = locator ? `, ${describeLocator(locator)}` : '';
  return `${source.publisher}${via}, “${source.title}”, ${when}${where}${source.url ? `. ${source.url}` : ''}`;
}

/** Builds the briefing of a dossier; notes are numbered in order of first use. */
export function buildBriefing(dossier: Dossier): Briefing {
  const sources = new Map(dossier.sources.map((source) => [source.id, source]));
  const places = new Map<string, Place>(dossier.places.map((place) => [place.id, place]));
  const notes: BriefingNote[] = [];
  const numbers = new Map<string, number>();
  const cite = (citations: readonly Citation[]): number[] => {
    const used: number[] = [];
    for (const citation of citations) {
      const key = `${citation.sourceId}#${citation.locator ?? ''}`;
      let n = numbers.get(key);
      const source = sources.get(citation.sourceId);
      if (n === undefined && source) {
        n = notes.length + 1;
        numbers.set(key, n);
        notes.push({ n, source, locator: citation.locator, text: noteText(source, citation.locator) });
      }
      if (n !== undefined && !used.includes(n)) used.push(n);
    }
    return used;
  };
  const names = dossier.countries.map((country) => country.name);
  const people = new Map(dossier.people.map((entry) => [entry.person.id, entry.person]));
  const sections: BriefingSection[] = [];

  const series = dossier.series.map((entry) => {
    const last = entry.lastRound;
    const meeting = last ? dossier.meetings.find((m) => m.id === last.meetingId) : undefined;
    const text = last
      ? `${entry.series.name}: ${lastRoundLabel(entry.series, last)}${entry.sinceLast ? ` (${entry.sinceLast} ago)` : ''}`
      : `${entry.series.name}: no meeting recorded`;
    return { text, notes: cite([...entry.series.citations, ...(meeting?.citations ?? [])]) };
  });
  if (series.length) sections.push({ heading: 'Formats', lines: series });

  const relations = dossier.relations.map((relation) => ({
    text: `${eventDateLabel(relation.date)}: ${relationEventLabel(relation.kind)}${relation.actor ? ` (${partyName(relation.actor)})` : ''}${relation.city ? `, ${relation.city}` : ''}`,
    notes: cite(relation.citations),
  }));
  if (relations.length) sections.push({ heading: 'Relations (oldest first)', lines: relations });

  const meetings = dossier.meetings.slice(0, 12).map((meeting) => {
    const heads = delegationHeads(meeting.participants).map((p) => `${people.get(p.personId)?.name ?? p.personId} (${p.side})`);
    const topics = meeting.topics.slice(0, 5).map(topicLabel).join(', ');
    const parts = [`${eventDateLabel(meeting.date)}: ${meeting.title}`, locationLabel(meeting.location, places)];
    if (heads.length) parts.push(`led by ${heads.join(' and ')}`);
    if (topics) parts.push(`topics: ${topics}`);
    return { text: parts.join('; '), notes: cite(meeting.citations) };
  });
  if (meetings.length) sections.push({ heading: 'Meetings (newest first)', lines: meetings });

  const open = dossier.commitments.filter((c) => c.state === 'open').map((c) => ({ text: c.description, notes: cite(c.citations) }));
  if (open.length) sections.push({ heading: 'Open commitments', lines: open });

  const agreements = Object.entries(dossier.agreements).flatMap(([stage, list]) =>
    list.map((agreement) => {
      const dated = agreement.steps.find((step) => step.stage === agreement.stage)?.date;
      return { text: `${agreement.title}: ${stageLabel(stage).toLowerCase()}${dated ? `, ${eventDateLabel(dated)}` : ''}`, notes: cite(agreement.citations) };
    }),
  );
  if (agreements.length) sections.push({ heading: 'Agreements', lines: agreements });

  const trade = dossier.trade.map((row) => {
    const figures = moneyLabelsApart(row.figures.map((figure) => figure.value));
    const value = row.disputed ? `${figures.join(' vs ')} (sources disagree)` : figures[0]!;
    return {
      text: `${periodLabel(row.period, { style: 'short' })} ${FLOW_LABEL[row.flow]} as reported by ${partyNameInText(row.reporter)}: ${value}`,
      notes: cite(row.figures.flatMap((figure) => figure.citations)),
    };
  });
  const investment = dossier.investment.map((flow) => ({
    text: `Investment (${flow.kind.replace('-', ' ')}) from ${partyNameInText(flow.from)} to ${partyNameInText(flow.to)}, ${periodLabel(flow.span, { style: 'short' })}: ${moneyLabel(flow.value)}`,
    notes: cite(flow.citations),
  }));
  const indicators = dossier.indicators.map((indicator) => ({
    text: `${indicator.label}: ${indicatorValueLabel(indicator)}, ${asOfLabel(indicator.asOf)}`,
    notes: cite(indicator.citations),
  }));
  if (trade.length || investment.length || indicators.length) sections.push({ heading: 'Trade, investment and indicators', lines: [...trade, ...investment, ...indicators] });
  // Both sides' figures for one flow stay side by side, with why they can differ.
  const mirrors = dossier.tradeMirrors.map((mirror) => ({ text: mirrorLabel(mirror), notes: cite([...mirror.exported, ...mirror.imported].flatMap((figure) => figure.citations)) }));
  if (mirrors.length) sections.push({ heading: 'Two figures for one flow', lines: [...mirrors, { text: `Why they differ: ${dossier.tradeMirrors[0]!.reasons.join(' ')}`, notes: [] }] });

  // Chiefs of mission: the latest few of each side, the newest last.
  const chiefs = dossier.chiefsOfMission.flatMap((mission) =>
    mission.chiefs.slice(-6).map((chief) => ({
      text: `${chief.person.name}, ${chief.post.title}: ${tenureLabel(chief.holding, { style: 'short' }) || 'dates not known'}`,
      notes: cite(chief.holding.citations),
    })),
  );
  if (chiefs.length) sections.push({ heading: 'Chiefs of mission (latest)', lines: chiefs });

  const visits = dossier.visits.slice(0, 12).map(({ visit }) => ({
    text: `${eventDateLabel(visit.date)}: ${visit.title}; ${locationLabel(visit.location, places)}`,
    notes: cite(visit.citations),
  }));
  if (visits.length) sections.push({ heading: 'Visits (newest first)', lines: visits });

  const officials = dossier.people.slice(0, 15).map((entry) => {
    const latest = entry.posts[0];
    const post = latest ? `${latest.title}${latest.organization && !latest.title.includes(latest.organization) ? `, ${latest.organization}` : ''} (at ${latest.on ? formatPartialDate(latest.on) : 'an undated meeting'})` : 'post not recorded';
    return { text: `${entry.person.name} (${entry.sides.join('/')}): ${post}`, notes: cite(entry.person.citations) };
  });
  if (officials.length) sections.push({ heading: 'Key officials', lines: officials });

  const disputes = dossier.disputes.map((dispute) => ({
    text: `Disputed ${dispute.field}: ${dispute.claims.map((claim) => `“${claim.value}”`).join(' vs ')}`,
    notes: cite(dispute.claims.map((claim) => claim.citation)),
  }));
  if (disputes.length) sections.push({ heading: 'Disputes', lines: disputes });

  return {
    title: `${names.join('–')} briefing`,
    subtitle: dossier.asOf ? `As of ${formatPartialDate(dossier.asOf)}` : `Prepared ${formatPartialDate(dossier.today)}`,
    sections,
    notes,
  };
}

/** The briefing as Markdown, with `[n]` markers and numbered notes at the end. */
export function briefingToMarkdown(briefing: Briefing): string {
  const out: string[] = [`# ${briefing.title}`, '', `_${briefing.subtitle}_`, ''];
  for (const section of briefing.sections) {
    out.push(`## ${section.heading}`, '');
    for (const line of section.lines) out.push(`- ${line.text}${line.notes.length ? ` ${line.notes.map((n) => `[${n}]`).join('')}` : ''}`);
    out.push('');
  }
  if (briefing.notes.length) {
    out.push('## Sources', '');
    for (const note of briefing.notes) out.push(`${note.n}. ${note.text}`);
    out.push('');
  }
  return out.join('\n');
}
