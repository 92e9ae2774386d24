import {
  describeLocator,
  formatMoney,
  formatPartialDate,
  interactionCodeLabel,
  kindHeading,
  partyName, partyNameInText,
  relationEventLabel,
  topicLabel,
  type Citation,
  type Dispute,
  type Holding,
  type KindedRecord,
  type Location,
  type RecordKind,
  type Source,
} from '@bilat/domain';
import { roleLabel } from '@bilat/formats/describe';
import { asOfLabel, eventDateLabel, indicatorValueLabel, locationLabel, ordinalLabel, periodLabel, seriesRoundLabel, tenureLabel } from '@bilat/formats/labels';
import type { RecordExtras } from '../data/record-extras.js';
import { pad } from '../table.js';
import { sourceLabel } from './columns.js';
import { blank, heading, line, paragraph, span, type Line } from './doc.js';
import type { Route } from './routes.js';

/*
 * One record with what it joins and the passages that state it: the detail screen of the
 * UI and the text of `bilat meeting|official|agreement|source ID`.
 */

export interface Related {
  relation: string;
  kind: RecordKind;
  id: string;
  title: string;
}

/** What the API's `<kind>.detail` procedures answer. */
export type RecordDetail = KindedRecord & {
  title: string;
  redirectedFrom: string | null;
  references: Related[];
  dependents: Related[];
  sources: Source[];
  disputes: Dispute[];
};

export type { RecordExtras } from '../data/record-extras.js';

const MEETINGS_HEADING: Partial<Record<RecordKind, string>> = { person: 'Meetings', series: 'Rounds', visit: 'Meetings during the visit' };

const LABEL_WIDTH = 11;
const to = (kind: RecordKind, id: string): Route => ({ screen: 'record', kind, id });
const words = (text: string) => text.replaceAll('-', ' ');

type Fact = [label: string, value: string | undefined];

function locationFact(location: Location, titleOf: (kind: RecordKind, id: string) => string | undefined): string {
  return locationLabel(location, (id) => {
    const name = titleOf('place', id);
    return name ? { name } : undefined;
  });
}

/** Dates of a holding as the sources give them: bounds where known, else the days it is attested. */
export function holdingDates(holding: Pick<Holding, 'start' | 'end' | 'attestations'>): string {
  // A chief of mission's appointment, credentials and departure, each dated, say more than bounds.
  const tenure = tenureLabel(holding);
  if (tenure) return tenure;
  const bounds = holding.start || holding.end ? `${holding.start ? formatPartialDate(holding.start) : '…'} – ${holding.end ? formatPartialDate(holding.end) : 'not known to have ended'}` : '';
  const attested = [...new Set(holding.attestations.map((a) => a.on))].sort().reverse();
  const shown = attested.slice(0, 4).map((on) => formatPartialDate(on));
  const more = attested.length > 4 ? ` and ${attested.length - 4} more` : '';
  const attestation = attested.length ? `attested ${shown.join(', ')}${more}` : '';
  return [bounds, attestation].filter(Boolean).join('; ') || 'dates not known';
}

function facts(detail: RecordDetail, titleOf: (kind: RecordKind, id: string) => string | undefined, extras: RecordExtras | undefined): Fact[] {
  switch (detail.kind) {
    case 'meeting': {
      const m = detail.record;
      const name = m.seriesId ? titleOf('series', m.seriesId) : undefined;
      const series = extras?.series ?? (name ? { name, unit: 'meeting' } : undefined);
      return [
        ['When', eventDateLabel(m.date) + (m.date?.note ? `. ${m.date.note}` : '')],
        ['Where', locationFact(m.location, titleOf) + (m.location.note ? `. ${m.location.note}` : '')],
        ['Kind', words(m.kind) + (m.stage !== 'held' ? ` (${m.stage})` : '')],
        ['Series', series ? seriesRoundLabel(series, m.ordinal) : undefined],
        ['Topics', m.topics.map(topicLabel).join(', ') || undefined],
      ];
    }
    case 'visit': {
      const v = detail.record;
      return [
        ['When', eventDateLabel(v.date) + (v.date.note ? `. ${v.date.note}` : '')],
        ['Who', `${partyName(v.from)} to ${partyName(v.to)} (${v.kind} visit)`],
        ['Where', locationFact(v.location, titleOf)],
        ['Purpose', v.purpose],
      ];
    }
    case 'agreement': {
      const a = detail.record;
      return [
        ['Kind', words(a.kind)],
        ['Parties', a.parties.map(partyName).join(', ')],
        ['Stage', words(a.stage)],
        ['Steps', a.steps.map((step) => `${words(step.stage)}${step.date ? ` ${eventDateLabel(step.date)}` : ''}`).join('; ')],
        ['Ratified', a.ratifications.map((r) => `${partyName(r.party)}${r.date ? ` ${formatPartialDate(r.date)}` : ''}`).join(', ') || undefined],
      ];
    }
    case 'commitment': {
      const c = detail.record;
      return [
        ['State', c.state],
        ['Made at', titleOf(c.madeAt.kind, c.madeAt.id) ?? c.madeAt.id],
        ['Due by', c.dueBy ? formatPartialDate(c.dueBy) : undefined],
        ['Fulfilled', c.fulfilledBy ? (titleOf(c.fulfilledBy.kind, c.fulfilledBy.id) ?? c.fulfilledBy.id) : undefined],
      ];
    }
    case 'series': {
      const s = detail.record;
      return [
        ['Kind', words(s.kind)],
        ['Pair', `${s.pair} (${s.pair.split('-').map(partyName).join(' – ')})`],
        ['Unit', s.unit],
      ];
    }
    case 'organization': {
      const o = detail.record;
      return [
        ['Kind', words(o.kind)],
        ['Country', o.country ? partyName(o.country) : undefined],
        ['Members', o.members.map(partyName).join(', ') || undefined],
        ['Also', o.names.map((n) => n.value).join(', ') || undefined],
      ];
    }
    case 'post': {
      const p = detail.record;
      return [
        ['Title', p.title],
        ['In', titleOf('organization', p.organizationId) ?? p.organizationId],
        ['Country', p.country ? partyName(p.country) : undefined],
        ['To', p.accreditedTo ? partyName(p.accreditedTo) : undefined],
        ['Rank', p.rank ? words(p.rank) : undefined],
        ['Also', p.names.map((n) => n.value).join(', ') || undefined],
      ];
    }
    case 'person': {
      const p = detail.record;
      return [
        ['Country', p.country ? partyName(p.country) : undefined],
        ['Also', p.names.map((n) => `${n.value} (${n.kind})`).join(', ') || undefined],
      ];
    }
    case 'holding': {
      const h = detail.record;
      return [
        ['Who', titleOf('person', h.personId) ?? h.personId],
        ['Post', titleOf('post', h.postId) ?? h.postId],
        ['Dates', holdingDates(h)],
      ];
    }
    case 'source': {
      const s = detail.record;
      return [
        ['Publisher', s.publisher],
        ['Via', s.via],
        ['Published', s.published ? formatPartialDate(s.published) : 'date not known'],
        ['Address', s.url],
        ['Archived', s.archiveUrl],
        ['Accessed', s.accessed ? formatPartialDate(s.accessed) : undefined],
        ['Language', s.language],
        ['Licence', s.licence],
      ];
    }
    case 'trade': {
      const t = detail.record;
      return [
        ['Figure', `${formatMoney(t.value)} (${t.value.amount} ${t.value.currency}${t.value.precision ? `, rounded to ${t.value.precision}` : ''})`],
        ['Flow', `${t.flow} (${partyName(t.reporter)}'s ${t.flow === 'turnover' ? 'trade with' : t.flow === 'export' ? 'exports to' : 'imports from'} ${partyNameInText(t.partner)})`],
        ['Period', periodLabel(t.period)],
        ['Reported', `by ${partyNameInText(t.reporter)}${t.compiler ? `, compiled by ${t.compiler}` : ''}`],
        ['Change', t.changePercent ? `${t.changePercent}% on the previous period` : undefined],
        ['Goods', t.classification.system === 'total' ? 'all goods' : `${t.classification.system} ${t.classification.code}`],
      ];
    }
    case 'investment': {
      const i = detail.record;
      return [
        ['Figure', formatMoney(i.value)],
        ['Direction', `${partyName(i.from)} → ${partyName(i.to)}`],
        ['Kind', `${words(i.kind)}, ${i.category}${i.cumulative ? ', cumulative over the span' : ''}`],
        ['Span', periodLabel(i.span)],
        ['Reported', i.reporter ? `by ${partyNameInText(i.reporter)}` : undefined],
      ];
    }
    case 'indicator': {
      const i = detail.record;
      return [
        ['Value', indicatorValueLabel(i)],
        ['As of', `${asOfLabel(i.asOf).replace(/^as of /, '')}${i.asOfQualifier !== 'stated' ? ` (${i.asOfQualifier})` : ''}`],
        ['In', `${partyName(i.subject)}${i.partner ? `, concerning ${partyName(i.partner)}` : ''}`],
      ];
    }
    case 'statement': {
      const s = detail.record;
      return [
        ['Speaker', titleOf('person', s.speakerId) ?? s.speakerId],
        ['When', eventDateLabel(s.date)],
        ['At', s.event ? (titleOf(s.event.kind, s.event.id) ?? s.event.id) : undefined],
      ];
    }
    case 'place': {
      const p = detail.record;
      return [
        ['Kind', p.kind],
        ['Country', partyName(p.country)],
        ['Also', p.names.map((n) => `${n.value}${n.from || n.to ? ` (${n.from ?? '…'}–${n.to ?? '…'})` : ''}`).join(', ') || undefined],
      ];
    }
    case 'dispute': {
      const d = detail.record;
      return [
        ['Field', d.field],
        ['About', d.subject ? (titleOf(d.subject.kind, d.subject.id) ?? d.subject.id) : undefined],
      ];
    }
    case 'interaction': {
      const i = detail.record;
      return [
        ['When', formatPartialDate(i.date)],
        ['Event', `${interactionCodeLabel(i.code)} (CAMEO ${i.code})`],
        ['Coded by', i.dataset === 'gdelt-2' ? 'GDELT 2.0 (machine-coded news events)' : 'GDELT 1.0 (machine-coded news events)'],
        ['Events', `${i.events.length}: ${i.events.slice(0, 3).map((event) => event.url ?? event.id).join(', ')}${i.events.length > 3 ? ', …' : ''}`],
      ];
    }
    case 'relation': {
      const r = detail.record;
      const [a, b] = r.pair.split('-') as [string, string];
      return [
        ['What', relationEventLabel(r.kind)],
        ['When', eventDateLabel(r.date) + (r.date.note ? `. ${r.date.note}` : '')],
        ['Between', `${partyName(a)} and ${partyName(b)}`],
        ['By', r.actor ? partyName(r.actor) : undefined],
        ['Where', r.city],
      ];
    }
  }
}

function prose(detail: RecordDetail): string | undefined {
  const record = detail.record as { summary?: string; paraphrase?: string; text?: string; purpose?: string; description?: string };
  if (detail.kind === 'commitment') return record.description;
  if (detail.kind === 'statement') return record.text ?? record.paraphrase;
  return record.summary;
}

function citationText(citation: Citation, source: Source | undefined): string {
  const where = citation.locator ? `, ${describeLocator(citation.locator)}` : '';
  const name = source ? `${sourceLabel(source)}, “${source.title}”, ${source.published ? formatPartialDate(source.published) : 'undated'}` : citation.sourceId;
  return `${name}${where}${citation.note ? ` — ${citation.note}` : ''}`;
}

/** Lines for a list of related records, relation in a gutter, each leading to its record. */
/** One line per record, its relations joined: a source both cited and attesting a holding is listed once. */
function merged(list: readonly Related[]): Related[] {
  const byRecord = new Map<string, Related>();
  for (const r of list) {
    const key = `${r.kind}:${r.id}`;
    const seen = byRecord.get(key);
    if (!seen) byRecord.set(key, { ...r });
    else if (!seen.relation.split(', ').includes(r.relation)) seen.relation = `${seen.relation}, ${r.relation}`;
  }
  return [...byRecord.values()];
}

function relatedLines(list: readonly Related[]): Line[] {
  const gutter = Math.min(24, Math.max(...list.map((r) => words(r.relation).length)) + 2);
  return list.map((r) => line([span('  '), span(pad(words(r.relation), gutter), 'muted'), span(r.title)], to(r.kind, r.id)));
}

/** The delegations, one line per person; lines are cut where drawn, so plain text loses nothing. */
function meetingPeople(detail: Extract<RecordDetail, { kind: 'meeting' }>): Line[] {
  const posts = new Map(detail.references.filter((r) => r.kind === 'post').map((r) => [r.id, r.title]));
  const names = new Map(detail.references.filter((r) => r.kind === 'person').map((r) => [r.id, r.title]));
  const rows = detail.record.participants.map((p) => ({
    name: names.get(p.personId) ?? p.personId,
    side: p.side,
    role: roleLabel(p.role).toLowerCase(),
    post: p.postId ? (posts.get(p.postId) ?? p.postId) : '',
    id: p.personId,
  }));
  const nameWidth = Math.max(...rows.map((r) => r.name.length));
  const roleWidth = Math.max(...rows.map((r) => r.role.length));
  return rows.map((r) =>
    line([span('  '), span(pad(r.name, nameWidth)), span(`  ${r.side}  `, 'muted'), span(pad(r.role, roleWidth), 'muted'), span(r.post ? `  ${r.post}` : '')], to('person', r.id)),
  );
}

/** Posts held (a person) and meetings with their dates (a person, a series' rounds, a visit). */
function extraSections(detail: RecordDetail, extras: RecordExtras | undefined): { lines: Line[]; shown: Set<string> } {
  const out: Line[] = [];
  const shown = new Set<string>();
  const holdingTitles = new Map(detail.dependents.filter((d) => d.kind === 'holding').map((d) => [d.id, d.title]));
  const name = detail.kind === 'person' ? detail.record.name : '';
  if (extras?.holdings?.length) {
    out.push(blank(), heading('Posts', extras.holdings.length));
    for (const holding of extras.holdings) {
      shown.add(`holding:${holding.id}`);
      const title = (holdingTitles.get(holding.id) ?? holding.postId).replace(`${name} — `, '');
      out.push(line([span('  '), span(title), span(`  ${holdingDates(holding)}`, 'muted')], to('holding', holding.id)));
    }
  }
  if (extras?.meetings?.length) {
    out.push(blank(), heading(MEETINGS_HEADING[detail.kind] ?? 'Meetings', extras.meetings.length));
    const dateWidth = Math.max(...extras.meetings.map((m) => eventDateLabel(m.date).length));
    for (const meeting of extras.meetings) {
      shown.add(`meeting:${meeting.id}`);
      const round = detail.kind === 'series' && meeting.ordinal ? `${ordinalLabel(meeting.ordinal)}  ` : '';
      out.push(line([span('  '), span(pad(eventDateLabel(meeting.date), dateWidth), 'muted'), span(`  ${round}${meeting.title}`)], to('meeting', meeting.id)));
    }
  }
  return { lines: out, shown };
}

/** The record's lines: facts, prose, what it joins, disputes and numbered citations. */
export function recordLines(detail: RecordDetail, width: number, extras?: RecordExtras): Line[] {
  const titles = new Map([...detail.references, ...detail.dependents].map((r) => [`${r.kind}:${r.id}`, r.title]));
  const titleOf = (kind: RecordKind, id: string) => titles.get(`${kind}:${id}`);
  const status = 'status' in detail.record ? detail.record.status : undefined;
  const out: Line[] = [
    ...paragraph(detail.title, width, { tone: 'title' }),
    line([span(`${kindHeading(detail.kind)} · ${detail.record.id}${status === 'draft' ? ' · draft, awaiting review' : ''}`, 'muted')]),
  ];
  if (detail.redirectedFrom) out.push(line([span(`(${detail.redirectedFrom} was merged into this record)`, 'muted')]));
  out.push(blank());
  for (const [label, value] of facts(detail, titleOf, extras)) {
    if (value) out.push(...paragraph(value, width, { label, labelWidth: LABEL_WIDTH }));
  }
  const text = prose(detail);
  if (text) out.push(blank(), ...paragraph(text, width));
  const notes = (detail.record as { notes?: string }).notes;
  if (notes) out.push(...paragraph(`Note: ${notes}`, width, { tone: 'muted' }));

  // What the record joins: people first for a meeting (the delegations), posts and meetings for a person.
  const hidden = new Set<string>();
  if (detail.kind === 'meeting' && detail.record.participants.length) {
    out.push(blank(), heading('People', detail.record.participants.length), ...meetingPeople(detail));
    for (const r of detail.references) if (r.relation === 'participant' || r.relation === 'participant-post') hidden.add(`${r.relation}:${r.kind}:${r.id}`);
  }
  const more = extraSections(detail, extras);
  out.push(...more.lines);
  for (const d of detail.dependents) if (more.shown.has(`${d.kind}:${d.id}`)) hidden.add(`${d.relation}:${d.kind}:${d.id}`);
  if (detail.kind === 'dispute') {
    const sources = new Map(detail.sources.map((s) => [s.id, s]));
    out.push(blank(), heading('Claims', detail.record.claims.length));
    for (const claim of detail.record.claims) {
      out.push(...paragraph(`“${claim.value}” — ${citationText(claim.citation, sources.get(claim.citation.sourceId))}`, width, { indent: 2 }).map((l, i) => (i === 0 ? { ...l, target: to('source', claim.citation.sourceId) } : l)));
    }
  }
  const references = merged(detail.references.filter((r) => !hidden.has(`${r.relation}:${r.kind}:${r.id}`)));
  if (references.length) out.push(blank(), heading('Related', references.length), ...relatedLines(references));
  const dependents = merged(detail.dependents.filter((d) => !hidden.has(`${d.relation}:${d.kind}:${d.id}`)));
  if (dependents.length) out.push(blank(), heading(detail.kind === 'person' ? 'Also linked' : 'Linked from', dependents.length), ...relatedLines(dependents));

  for (const dispute of detail.disputes) {
    const claims = [...new Set(dispute.claims.map((claim) => claim.value))].map((value) => `“${value}”`).join(' vs ');
    out.push(blank(), ...paragraph(`Disputed ${dispute.field}: ${claims}`, width, { tone: 'warning' }).map((l, i) => (i === 0 ? { ...l, target: to('dispute', dispute.id) } : l)));
  }

  const citations = 'citations' in detail.record ? detail.record.citations : [];
  if (citations.length) {
    // Grouped by source, numbered in the order cited: the source once, then each passage.
    const sources = new Map(detail.sources.map((s) => [s.id, s]));
    const bySource = new Map<string, { citation: Citation; n: number }[]>();
    citations.forEach((citation, index) => bySource.set(citation.sourceId, [...(bySource.get(citation.sourceId) ?? []), { citation, n: index + 1 }]));
    const from = bySource.size === 1 ? '1 source' : `${bySource.size} sources`;
    out.push(blank(), heading('Citations', `${citations.length}, from ${from}`));
    for (const [sourceId, cited] of bySource) {
      const source = sources.get(sourceId);
      const name = source ? `${sourceLabel(source)}, “${source.title}”, ${source.published ? formatPartialDate(source.published) : 'undated'}` : sourceId;
      out.push(...paragraph(name, width, { indent: 2 }).map((l, i) => (i === 0 ? { ...l, target: to('source', sourceId) } : l)));
      for (const { citation, n } of cited) {
        const where = citation.locator ? describeLocator(citation.locator) : 'passage not given';
        out.push(...paragraph(`${where}${citation.note ? ` — ${citation.note}` : ''}`, width, { indent: 4, label: `[${n}]`, labelWidth: 5, tone: undefined }));
      }
    }
  }
  return out;
}
