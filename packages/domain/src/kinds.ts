/*
 * The record kinds and the words for them: the one list every view (web pages, the
 * command line, the terminal UI, exporters, the data layer) takes its kinds, collection
 * names, order and headings from. Each table below `satisfies Record<RecordKind, …>`, so a
 * kind added to `RECORD_KINDS` does not compile until it has a name and headings, and the
 * views that derive from these tables follow.
 *
 * This module imports nothing, so client components can use it (`@bilat/domain/kinds`)
 * without pulling the schemas and the country tables into the browser.
 */

/** Every kind of record, in dependency order: what a record points at comes before it (bundles and imports use this order). */
export const RECORD_KINDS = [
  'source',
  'place',
  'organization',
  'post',
  'person',
  'holding',
  'series',
  'visit',
  'meeting',
  'agreement',
  'statement',
  'commitment',
  'trade',
  'investment',
  'indicator',
  'dispute',
  'interaction',
  'relation',
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

/** Plural names, as bundles, tables and URLs use them. */
export const RECORD_COLLECTIONS = {
  source: 'sources',
  place: 'places',
  organization: 'organizations',
  post: 'posts',
  person: 'people',
  holding: 'holdings',
  series: 'series',
  visit: 'visits',
  meeting: 'meetings',
  agreement: 'agreements',
  statement: 'statements',
  commitment: 'commitments',
  trade: 'trade',
  investment: 'investment',
  indicator: 'indicators',
  dispute: 'disputes',
  interaction: 'interactions',
  relation: 'relations',
} as const satisfies Record<RecordKind, string>;

export type RecordCollection = (typeof RECORD_COLLECTIONS)[RecordKind];

/** How a kind is named for people: `one` labels a single record, `many` heads a list of them. */
export interface KindHeading {
  one: string;
  many: string;
}

export const RECORD_HEADINGS = {
  source: { one: 'Source', many: 'Sources' },
  place: { one: 'Place', many: 'Places' },
  organization: { one: 'Organization', many: 'Organizations' },
  post: { one: 'Post', many: 'Posts' },
  person: { one: 'Official', many: 'Officials' },
  holding: { one: 'Post held', many: 'Posts held' },
  series: { one: 'Series', many: 'Series' },
  visit: { one: 'Visit', many: 'Visits' },
  meeting: { one: 'Meeting', many: 'Meetings' },
  agreement: { one: 'Agreement', many: 'Agreements' },
  statement: { one: 'Statement', many: 'Statements' },
  commitment: { one: 'Commitment', many: 'Commitments' },
  trade: { one: 'Trade figure', many: 'Trade figures' },
  investment: { one: 'Investment figure', many: 'Investment figures' },
  indicator: { one: 'Indicator', many: 'Indicators' },
  dispute: { one: 'Dispute', many: 'Disputes' },
  interaction: { one: 'Reported interaction (machine-coded)', many: 'Reported interactions (machine-coded)' },
  relation: { one: 'Relations event', many: 'Relations events' },
} as const satisfies Record<RecordKind, KindHeading>;

/** "Meeting" for one, "Meetings" for any other count. */
export function kindHeading(kind: RecordKind, count = 1): string {
  return count === 1 ? RECORD_HEADINGS[kind].one : RECORD_HEADINGS[kind].many;
}

/**
 * The order records are shown in when a view lists several kinds together (a drafted
 * report, search results): events first, then figures, then who and where, then the rest.
 * Every kind appears once (a test holds it to that).
 */
export const READING_ORDER = [
  'meeting',
  'visit',
  'series',
  'agreement',
  'commitment',
  'statement',
  'relation',
  'trade',
  'investment',
  'indicator',
  'person',
  'holding',
  'post',
  'organization',
  'place',
  'dispute',
  'interaction',
  'source',
] as const satisfies readonly RecordKind[];

export function isRecordKind(value: string): value is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(value);
}

/*
 * The code lists views offer and label (forms, filters, badges), kept here rather than
 * beside their schemas so that client components read them without zod.
 */

/** `verified`: curated or reviewed. `draft`: extracted or imported, awaiting review. */
export const FACT_STATUSES = ['verified', 'draft'] as const;

/** The recurring formats a series can be. */
export const SERIES_KINDS = [
  'political-consultations',
  'intergovernmental-commission',
  'foreign-policy-planning-consultations',
  'strategic-dialogue',
  'summit',
  'parliamentary',
  'business-forum',
  'other',
] as const;

/** What kind of meeting one was; a series' kinds (but `other`) name its rounds. */
export const MEETING_KINDS = [
  ...SERIES_KINDS.filter((kind) => kind !== 'other'),
  'ministerial-meeting',
  'courtesy-call',
  'official-talks',
  'working-meeting',
  'signing',
  'other',
] as const;

/** A participant's part at a meeting. */
export const PARTICIPANT_ROLES = ['head', 'co-chair', 'member', 'host', 'guest', 'participant'] as const;

/** Whether a meeting happened: a planned meeting is recorded before it is held. */
export const MEETING_STAGES = ['planned', 'held', 'cancelled'] as const;

/** Where an agreement stands, in the order an agreement goes through them. */
export const AGREEMENT_STAGES = ['planned', 'signed', 'in-force', 'expired', 'terminated'] as const;
