import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The tables as Kysely sees them. Every record table stores the validated domain object
 * as JSON in `body` (the one source for reads, so both backends return identical
 * objects) beside the columns that filters, sorts and joins use.
 */
interface RecordColumns {
  id: string;
  body: string;
  status: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /**
   * The id of the revision-log entry that last changed the row; NULL for rows not written
   * since revisions were tracked per row, where the latest entry in the log is the one.
   * A new record table needs this column too. PostgreSQL's bigint comes back as text.
   */
  revision: ColumnType<number | string | null, number | null | undefined, number>;
}

/** Columns of records that belong to one pair of parties. */
interface PairColumns {
  pair: string | null;
}

/** Columns of records with a date: first and last possible day, and the sort key of the rule in docs/domain.md ("Dates"). */
interface DatedColumns {
  date_sort: string;
  date_first: string | null;
  date_last: string | null;
}

export interface SourcesTable extends RecordColumns, DatedColumns {
  publisher: string;
}

export interface PlacesTable extends RecordColumns {
  country: string;
  sort_name: string;
}

export interface OrganizationsTable extends RecordColumns {
  kind: string;
  country: string | null;
  sort_name: string;
}

export interface PostsTable extends RecordColumns {
  organization_id: string;
  country: string | null;
  sort_name: string;
}

export interface PeopleTable extends RecordColumns {
  country: string | null;
  sort_name: string;
}

export interface HoldingsTable extends RecordColumns {
  person_id: string;
  post_id: string;
  start_first: string | null;
  end_last: string | null;
}

export interface SeriesTable extends RecordColumns, PairColumns {
  kind: string;
  organization_id: string | null;
  sort_name: string;
}

export interface VisitsTable extends RecordColumns, PairColumns, DatedColumns {
  from_party: string;
  to_party: string;
  kind: string;
}

export interface MeetingsTable extends RecordColumns, PairColumns, DatedColumns {
  kind: string;
  stage: string;
  series_id: string | null;
  ordinal: number | null;
  visit_id: string | null;
}

export interface MeetingParticipantsTable {
  meeting_id: string;
  position: number;
  person_id: string;
  post_id: string | null;
  side: string;
  role: string;
}

export interface AgreementsTable extends RecordColumns, PairColumns, DatedColumns {
  kind: string;
  stage: string;
}

export interface StatementsTable extends RecordColumns, DatedColumns {
  speaker_id: string;
}

export interface CommitmentsTable extends RecordColumns {
  state: string;
  made_at_kind: string;
  made_at_id: string;
}

export interface TradeFlowsTable extends RecordColumns, PairColumns, DatedColumns {
  reporter: string;
  partner: string;
  flow: string;
  classification_system: string;
  classification_code: string;
  currency: string;
  amount: string;
}

export interface InvestmentFlowsTable extends RecordColumns, PairColumns, DatedColumns {
  from_party: string;
  to_party: string;
  kind: string;
  currency: string;
  amount: string;
}

export interface IndicatorsTable extends RecordColumns, PairColumns, DatedColumns {
  subject: string;
  partner: string | null;
  measure: string;
}

export interface InteractionsTable extends RecordColumns, PairColumns, DatedColumns {
  code: string;
  events: number;
}

export interface RelationsTable extends RecordColumns, DatedColumns {
  pair: string;
  kind: string;
  actor: string | null;
}

export interface DisputesTable extends RecordColumns {
  field: string;
  subject_kind: string | null;
  subject_id: string | null;
}

/** Every party a record concerns, so "records about KZ" is one lookup for every kind. */
export interface RecordPartiesTable {
  kind: string;
  record_id: string;
  party: string;
}

/** Every reference between records (citations included), for dependents and "what cites this source". */
export interface RecordLinksTable {
  from_kind: string;
  from_id: string;
  relation: string;
  to_kind: string;
  to_id: string;
  locator: string | null;
  position: number;
}

export interface SearchDocumentsTable {
  doc_id: Generated<number>;
  kind: string;
  record_id: string;
  kind_rank: number;
  title: string;
  sort_title: string;
  title_terms: string;
  body_terms: string;
}

export interface RevisionsTable {
  id: Generated<number>;
  batch_id: string | null;
  at: string;
  actor: string;
  kind: string;
  record_id: string;
  action: string;
  before_body: string | null;
  after_body: string | null;
}

export interface BatchesTable {
  id: string;
  kind: string;
  label: string;
  actor: string;
  at: string;
  summary: string;
  undone_at: string | null;
  /** The batch that undid this one. */
  undone_by: string | null;
}

export interface RedirectsTable {
  kind: string;
  from_id: string;
  to_id: string;
  at: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  scope: string;
  secret_hash: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

/** One row: a token renewed by triggers whenever records or batches change (see migration 0006). */
export interface DataVersionTable {
  id: number;
  token: string;
}

/** A feed or news page watched for new reports (see migration 0010). */
export interface WatchSourcesTable {
  id: Generated<number | string>;
  url: string;
  kind: string;
  publisher: string;
  country: string | null;
  every_seconds: number;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_status: number | null;
  last_error: string | null;
  next_due_at: string;
  created_at: string;
}

/** An item a source listed: fetched once, never again. */
export interface WatchItemsTable {
  source_id: number | string;
  item_key: string;
  url: string;
  fetched_at: string;
  status: string;
  document_id: string | null;
  error: string | null;
}

/** One event (or report) proposed for review, from one or more drafts. */
export interface ProposalsTable {
  id: Generated<number | string>;
  kind: string;
  pair: string | null;
  date: string | null;
  title: string;
  status: string;
  confidence: number;
  record_id: string;
  matched_record_id: string | null;
  origin: string;
  reason: string | null;
  created_at: string;
  decided_at: string | null;
  batch_id: string | null;
}

/** A report's draft behind a proposal: the extractor's result as JSON. */
export interface ProposalDraftsTable {
  proposal_id: number | string;
  document_id: string;
  draft: string;
  created_at: string;
}

/** One row per pair with live records, kept by triggers (migration 0009): what lists of pairs and countries read. */
export interface PairSummariesTable {
  pair: string;
  a: string;
  b: string;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
  /** Calendar years with at least one trade figure. */
  trade_years: number;
  /** The newest dated meeting's sort key, and its date as recorded (its own precision). */
  last_meeting_sort_key: string | null;
  last_meeting_date: string | null;
  /** Every live record of the pair, of any kind. */
  records: number;
}

/** One row per pair and year with dated records: sparklines and meetings per year. */
export interface PairYearSummariesTable {
  pair: string;
  year: number;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
  /** Trade figures in the year (what keeps pair_summaries.trade_years). */
  trade: number;
}

/** A party's totals over its pairs (migration 2026-12-02T0011), kept from pair_summaries by triggers. */
export interface CountrySummariesTable {
  party: string;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
  /** Every live record of its pairs. */
  records: number;
  /** Its pairs with at least one record. */
  partners: number;
}

/** A party's counts in a calendar year over its pairs; a year with none of the four has no row. */
export interface CountryYearSummariesTable {
  party: string;
  year: number;
  meetings: number;
  visits: number;
  agreements: number;
  relations: number;
}

export interface Database {
  pair_summaries: PairSummariesTable;
  pair_year_summaries: PairYearSummariesTable;
  country_summaries: CountrySummariesTable;
  country_year_summaries: CountryYearSummariesTable;
  api_keys: ApiKeysTable;
  watch_sources: WatchSourcesTable;
  watch_items: WatchItemsTable;
  proposals: ProposalsTable;
  proposal_drafts: ProposalDraftsTable;
  data_version: DataVersionTable;
  sources: SourcesTable;
  places: PlacesTable;
  organizations: OrganizationsTable;
  posts: PostsTable;
  people: PeopleTable;
  holdings: HoldingsTable;
  series: SeriesTable;
  visits: VisitsTable;
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  agreements: AgreementsTable;
  statements: StatementsTable;
  commitments: CommitmentsTable;
  trade_flows: TradeFlowsTable;
  investment_flows: InvestmentFlowsTable;
  indicators: IndicatorsTable;
  disputes: DisputesTable;
  interactions: InteractionsTable;
  relations: RelationsTable;
  record_parties: RecordPartiesTable;
  record_links: RecordLinksTable;
  search_documents: SearchDocumentsTable;
  revisions: RevisionsTable;
  batches: BatchesTable;
  redirects: RedirectsTable;
}

export type RecordTableName =
  | 'sources' | 'places' | 'organizations' | 'posts' | 'people' | 'holdings' | 'series' | 'visits'
  | 'meetings' | 'agreements' | 'statements' | 'commitments' | 'trade_flows' | 'investment_flows'
  | 'indicators' | 'disputes' | 'interactions' | 'relations';

export type Revision = Selectable<RevisionsTable>;
export type NewRevision = Insertable<RevisionsTable>;
export type BatchRow = Selectable<BatchesTable>;
export type SearchDocumentRow = Selectable<SearchDocumentsTable>;
export type RedirectRow = Selectable<RedirectsTable>;
export type RecordRowUpdate = Updateable<RecordColumns>;
export type JsonText = ColumnType<string, string, string>;
