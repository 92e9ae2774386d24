import {
  formatPartialDate,
  type Agreement,
  type Commitment,
  type Dossier,
  type DossierSeries,
  type Meeting,
  type Organization,
  type Place,
  type Series,
  type Source,
  type Visit,
} from '@bilat/domain';
import { eventDateLabel, lastRoundLabel, locationLabel } from '@bilat/formats/labels';
import type { Column } from '../table.js';

// The pairs list's columns live apart, so `bilat pairs` and the UI's first screens load no zod.
export { pairColumns, pairLabel, type PairRow } from './pairs.js';

/*
 * The columns of every list bilat shows, shared by the commands' tables and the
 * terminal UI's screens so both say the same thing the same way.
 */

export type PlaceLookup = ReadonlyMap<string, Place> | ((id: string) => Place | undefined);

export function meetingDate(meeting: Meeting): string {
  return eventDateLabel(meeting.date);
}

export function meetingColumns(places: PlaceLookup, options: { approximate?: ReadonlySet<string>; id?: boolean } = {}): Column<Meeting>[] {
  const columns: Column<Meeting>[] = [
    { header: 'date', value: (m) => `${options.approximate?.has(m.id) ? '≈ ' : ''}${meetingDate(m)}` },
    { header: 'meeting', value: (m) => m.title, flex: true },
    { header: 'place', value: (m) => locationLabel(m.location, places), flex: true },
  ];
  if (options.id) columns.push({ header: 'id', value: (m) => m.id });
  return columns;
}

export function seriesLastRound(entry: DossierSeries): string {
  const last = entry.lastRound;
  if (!last) return 'no meeting recorded';
  return lastRoundLabel(entry.series, last);
}

export const dossierSeriesColumns: Column<DossierSeries>[] = [
  { header: 'series', value: (entry) => entry.series.name, flex: true },
  { header: 'rounds', value: (entry) => String(entry.meetings), align: 'right' },
  { header: 'last', value: seriesLastRound, flex: true },
  { header: 'since', value: (entry) => (entry.sinceLast ? `${entry.sinceLast} ago` : '—') },
];

export const seriesColumns: Column<Series>[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'series', value: (s) => s.name, flex: true },
  { header: 'kind', value: (s) => s.kind.replaceAll('-', ' ') },
  { header: 'pair', value: (s) => s.pair },
];

type DossierPerson = Dossier['people'][number];

export function latestPost(entry: DossierPerson): string {
  const post = entry.posts[0];
  if (!post) return 'post not recorded';
  return `${post.title}${post.on ? ` (${formatPartialDate(post.on)})` : ''}`;
}

export const dossierPeopleColumns: Column<DossierPerson>[] = [
  { header: 'name', value: (entry) => entry.person.name },
  { header: 'side', value: (entry) => entry.sides.join('/') },
  { header: 'post at their latest meeting', value: latestPost, flex: true },
  { header: 'meetings', value: (entry) => String(entry.meetingIds.length), align: 'right' },
];

/** The date an agreement reached the stage it is at, or its first dated step. */
export function agreementDate(agreement: Agreement): string {
  const step = agreement.steps.find((s) => s.stage === agreement.stage && s.date) ?? agreement.steps.find((s) => s.date);
  return step?.date ? eventDateLabel(step.date) : 'date unknown';
}

export function agreementColumns(options: { id?: boolean } = {}): Column<Agreement>[] {
  const columns: Column<Agreement>[] = [
    { header: 'agreement', value: (a) => a.title, flex: true },
    { header: 'kind', value: (a) => a.kind.replaceAll('-', ' ') },
    { header: 'stage', value: (a) => a.stage.replaceAll('-', ' ') },
    { header: 'date', value: agreementDate },
  ];
  if (options.id) columns.push({ header: 'id', value: (a) => a.id });
  return columns;
}

export function commitmentColumns(titles: (ref: { kind: string; id: string }) => string | undefined): Column<Commitment>[] {
  return [
    { header: 'state', value: (c) => c.state },
    { header: 'commitment', value: (c) => c.description, flex: true },
    { header: 'made at', value: (c) => titles(c.madeAt) ?? c.madeAt.id, flex: true },
  ];
}

export function visitColumns(places: PlaceLookup, options: { id?: boolean } = {}): Column<Visit>[] {
  const columns: Column<Visit>[] = [
    { header: 'date', value: (v) => eventDateLabel(v.date) },
    { header: 'visit', value: (v) => v.title, flex: true },
    { header: 'to', value: (v) => locationLabel(v.location, places), flex: true },
  ];
  if (options.id) columns.push({ header: 'id', value: (v) => v.id });
  return columns;
}

export function sourceLabel(source: Source): string {
  const via = source.via ? ` (via ${source.via})` : '';
  return `${source.publisher}${via}`;
}

export const sourceColumns: Column<Source>[] = [
  { header: 'published', value: (s) => (s.published ? formatPartialDate(s.published) : 'undated') },
  { header: 'publisher', value: (s) => s.publisher, flex: true },
  { header: 'title', value: (s) => s.title, flex: true },
];

export function organizationColumns(options: { id?: boolean } = {}): Column<Organization>[] {
  const columns: Column<Organization>[] = [
    { header: 'organization', value: (o) => o.name, flex: true },
    { header: 'kind', value: (o) => o.kind.replaceAll('-', ' ') },
    { header: 'country', value: (o) => o.country ?? (o.members.length ? o.members.join('/') : '—') },
  ];
  if (options.id) columns.push({ header: 'id', value: (o) => o.id });
  return columns;
}
