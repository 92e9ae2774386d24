import { PARTICIPANT_ROLES, type RecordKind } from '@bilat/domain/kinds';

/*
 * How a record is described in words, for every view: the web pages and their client
 * components, the command line and its terminal UI, the exporters. This entry point
 * (`@bilat/formats/describe`) imports only the domain's zod-free kinds module, so a
 * client component can use it without the schemas, the country tables or the Node-only
 * serializers; labels that need country names or dates live in `./labels`.
 */

export { kindHeading, RECORD_HEADINGS, READING_ORDER, MEETING_STAGES, AGREEMENT_STAGES, PARTICIPANT_ROLES } from '@bilat/domain/kinds';

/** "political-consultations" → "Political consultations": the fallback for a code without a label. */
export function humanize(code: string): string {
  const words = code.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const ROLE_LABELS = {
  head: 'Head of delegation',
  'co-chair': 'Co-chair',
  member: 'Delegation member',
  host: 'Host',
  guest: 'Guest',
  participant: 'Participant',
} as const satisfies Record<ParticipantRole, string>;

/** A participant's role in words: "Head of delegation". */
export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? humanize(role);
}

/** The roles as the choices of a form. */
export const ROLE_OPTIONS: readonly { value: ParticipantRole; label: string }[] = PARTICIPANT_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

/** A stage of a meeting or an agreement in words: "In force", "Cancelled". */
export function stageLabel(stage: string): string {
  return humanize(stage);
}

/**
 * Who leads a side at a meeting, the one rule every view uses (timeline, series page,
 * CSV, briefing): the heads of delegation and co-chairs; a side that names none is led by
 * its host, as when a head of state receives a visitor.
 */
export function delegationHeads<P extends { side: string; role: string }>(participants: readonly P[]): P[] {
  const leading = (p: P) => p.role === 'head' || p.role === 'co-chair';
  const ledSides = new Set(participants.filter(leading).map((p) => p.side));
  return participants.filter((p) => leading(p) || (p.role === 'host' && !ledSides.has(p.side)));
}

/** "3 meetings", "1 meeting". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

// Built once: a list of changes formats an instant per row.
const INSTANT_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });

/** A revision's instant as people read it, in UTC so server and browser agree: "28 Nov 2026, 08:11 UTC". */
export function instantLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${INSTANT_FORMAT.format(date)} UTC`;
}

const ACTION_LABELS: Record<string, string> = { create: 'added', update: 'edited', delete: 'deleted', restore: 'restored', merge: 'merged' };

/** What a revision did, as the change log says it: "added", "edited". */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/**
 * The web viewer's page of each kind that has one; exporters use the same addresses
 * (JSON-LD ids), so a link written anywhere opens the record's page.
 */
export const PAGE_COLLECTIONS: Partial<Record<RecordKind, string>> = {
  meeting: 'meetings',
  series: 'series',
  visit: 'visits',
  person: 'officials',
  organization: 'organizations',
  agreement: 'agreements',
  source: 'sources',
  relation: 'relations',
};

/** `/meetings/kz-lt-10` for a kind with a page, undefined for one without. */
export function pagePath(kind: RecordKind, id: string): string | undefined {
  const collection = PAGE_COLLECTIONS[kind];
  return collection ? `/${collection}/${encodeURIComponent(id)}` : undefined;
}
