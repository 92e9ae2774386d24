import type { Dossier } from '@bilat/domain';
import { formatPartialDate } from '@bilat/domain/dates';
import { kindHeading, type RecordKind } from '@bilat/domain/kinds';
import { partyName, partyNameInText } from '@bilat/domain/parties';
import { MEASURE_COLUMN_HEADERS } from '@bilat/domain/measures';
import type { InboxProposal } from '../data/inbox.js';
import type { RecordExtras } from '../data/record-extras.js';
import type { BilatApi, DataSource } from '../data/source.js';
import type * as DetailScreens from './detail-screens.js';
import { textWidth, type Column } from '../table.js';
import { blank, line, paragraph, span, tableLines, type Line, type Span } from '../views/doc.js';
import { pairColumns, pairLabel, type PairRow } from '../views/pairs.js';
import type { RecordDetail } from '../views/record.js';
import { mostFirst, orderOf } from '../views/order.js';
import { dataKey, SECTION_TITLES, type Route } from '../views/routes.js';

/*
 * Each screen of the UI as two pure parts: how to load its data through the data source,
 * and the lines it shows for that data at a width. The app routes keys over those lines;
 * the view draws them. Sections of a dossier share the dossier's data.
 *
 * The world lists (countries, a country's partners, pairs) are here; the other screens
 * are in detail-screens.ts, imported when one of them first loads, so the first screen
 * (the countries) draws from the kept summaries before the API, zod or the views of
 * records are loaded at all.
 */

export interface ScreenModel {
  /** Lines that stay at the top while the rest scrolls (a table's header). */
  header: Line[];
  lines: Line[];
}

export interface SearchHit {
  kind: RecordKind;
  id: string;
  title: string;
}

type CountryRow = Awaited<ReturnType<BilatApi['countries']['list']>>[number];
type CountryAnswer = Awaited<ReturnType<BilatApi['countries']['get']>>;

/** Pairs the pairs screen loads: the busiest, a page the API gives at once. */
const PAIRS_SHOWN = 500;

export type ScreenData =
  | { screen: 'countries'; countries: CountryRow[] }
  | { screen: 'country'; answer: CountryAnswer }
  | { screen: 'pairs'; pairs: PairRow[]; total: number }
  | { screen: 'dossier'; dossier: Dossier }
  | { screen: 'record'; detail: RecordDetail; extras?: RecordExtras }
  | { screen: 'search'; hits: SearchHit[]; more: boolean }
  | { screen: 'inbox'; proposals: InboxProposal[]; more: boolean };

/** The routes whose screens are in detail-screens.ts. */
export type DetailRoute = Exclude<Route, { screen: 'countries' | 'country' | 'pairs' }>;

let detail: typeof DetailScreens | undefined;

/**
 * What the countries filter folds names with (the domain's foldText, half a megabyte of
 * transliteration tables): loaded beside the countries, or, when they were preloaded for
 * the first frame, just after it is drawn (loadFold).
 */
let fold: ((text: string) => string) | undefined;

export async function loadFold(): Promise<void> {
  fold ??= (await import('@bilat/domain/text')).foldText;
}

export const foldLoaded = (): boolean => fold !== undefined;

/** A load started before the UI was drawn, taken by the first screen asking for it; `settled` once it has. */
let preloaded: { source: DataSource; key: string; data: Promise<ScreenData>; settled?: ScreenData } | undefined;

/**
 * Starts loading what a route shows before the UI that shows it is loaded: the first
 * screen's data then comes from disk while Ink and React are read and compiled. Returns
 * when the load has ended, either way.
 */
export function preloadScreen(source: DataSource, route: Route): Promise<void> {
  // The first frame needs the countries, not yet the folding their filter uses.
  const early: NonNullable<typeof preloaded> = { source, key: dataKey(route), data: fetchScreen(source, route, { fold: false }) };
  preloaded = early;
  // Its failure is reported by the screen that takes it, as any load's is.
  return early.data.then(
    (data) => {
      early.settled = data;
    },
    () => {},
  );
}

/**
 * The preloaded data of a route if it has already arrived, taken: the first frame is then
 * drawn with it, instead of an empty frame first and the list a render later.
 */
export function takePreloaded(source: DataSource, route: Route): ScreenData | undefined {
  const early = preloaded;
  if (!early?.settled || early.source !== source || early.key !== dataKey(route)) return undefined;
  preloaded = undefined;
  return early.settled;
}

/** Loads what a route shows (taking a load preloadScreen started for it). */
export function loadScreen(source: DataSource, route: Route): Promise<ScreenData> {
  const early = preloaded;
  if (early && early.source === source && early.key === dataKey(route)) {
    preloaded = undefined;
    return early.data;
  }
  return fetchScreen(source, route);
}

async function fetchScreen(source: DataSource, route: Route, options: { fold?: boolean } = {}): Promise<ScreenData> {
  switch (route.screen) {
    case 'countries': {
      // Ranked by the API's rule (the quick read shares it), never re-sorted here: each order (Ctrl-O) is asked for.
      const [countries] = await Promise.all([source.quick().then((reads) => reads.countries.list({ withRecords: true, sort: orderOf(route) })), options.fold === false ? undefined : loadFold()]);
      return { screen: 'countries', countries };
    }
    case 'country':
      // Partners ranked by every record unless another measure is chosen, as the countries (the API's own default is meetings, which most countries have none of).
      return { screen: 'country', answer: await (await source.api()).countries.get({ code: route.code, sort: orderOf(route) }) };
    case 'pairs': {
      const page = await (await source.quick()).pairs.list({ limit: PAIRS_SHOWN });
      return { screen: 'pairs', pairs: page.items, total: page.total };
    }
    default: {
      const [api, screens] = await Promise.all([source.api(), import('./detail-screens.js')]);
      detail = screens;
      return screens.loadDetailScreen(api, route);
    }
  }
}

/** The proposal a route of the inbox points at: the one opened, or the one under the cursor in the list. */
export function proposalAt(route: Route, data: ScreenData | undefined, selected: Line | undefined): InboxProposal | undefined {
  if (data?.screen !== 'inbox') return undefined;
  const id = route.screen === 'proposal' ? route.id : selected?.target?.screen === 'proposal' ? selected.target.id : undefined;
  return id === undefined ? undefined : data.proposals.find((proposal) => proposal.id === id);
}

/** A table's lines as a model whose first line (the column headings) stays in view. */
export function withHeader(lines: Line[]): ScreenModel {
  const [header, ...rows] = lines;
  return { header: header ? [header] : [], lines: rows };
}

const countryColumns: Column<CountryRow>[] = [
  { header: 'code', value: (c) => c.code },
  { header: 'country', value: (c) => c.name, flex: true },
  { header: MEASURE_COLUMN_HEADERS.meetings, value: (c) => String(c.meetings), align: 'right' },
  { header: MEASURE_COLUMN_HEADERS.visits, value: (c) => String(c.visits), align: 'right' },
  { header: MEASURE_COLUMN_HEADERS.agreements, value: (c) => String(c.agreements), align: 'right' },
  { header: MEASURE_COLUMN_HEADERS.relations, value: (c) => String(c.relations), align: 'right' },
  { header: MEASURE_COLUMN_HEADERS.records, value: (c) => String(c.records), align: 'right' },
  { header: 'partners', value: (c) => String(c.partners), align: 'right' },
];

/** Below this width the names would be cut: agreements and relations events (their pages show them) give way. */
const COUNTRY_COLUMNS_ALL_FROM = 96;
const narrowCountryColumns = countryColumns.filter((column) => column.header !== MEASURE_COLUMN_HEADERS.agreements && column.header !== MEASURE_COLUMN_HEADERS.relations);

type PartnerRow = CountryAnswer['partners'][number];
const partnerColumns: Column<PartnerRow>[] = [
  { header: 'partner', value: (p) => `${p.partner} ${partyName(p.partner)}`, flex: true },
  { header: MEASURE_COLUMN_HEADERS.meetings, value: (p) => String(p.meetings), align: 'right' },
  { header: MEASURE_COLUMN_HEADERS.visits, value: (p) => String(p.visits), align: 'right' },
  { header: MEASURE_COLUMN_HEADERS.agreements, value: (p) => String(p.agreements), align: 'right' },
  { header: MEASURE_COLUMN_HEADERS.relations, value: (p) => String(p.relations), align: 'right' },
  { header: MEASURE_COLUMN_HEADERS.records, value: (p) => String(p.records), align: 'right' },
  { header: 'trade years', value: (p) => String(p.tradeYears), align: 'right' },
  { header: 'latest meeting', value: (p) => (p.lastMeetingDate ? formatPartialDate(p.lastMeetingDate) : '—') },
];
/** As the countries: below this width agreements and relations events give way, so partners' names stay whole. */
const PARTNER_COLUMNS_ALL_FROM = 96;
const narrowPartnerColumns = partnerColumns.filter((column) => column.header !== MEASURE_COLUMN_HEADERS.agreements && column.header !== MEASURE_COLUMN_HEADERS.relations);

/**
 * Countries whose code starts with, or whose name contains, what was typed (case and
 * accents folded, as search folds them). `foldText` is the domain's (loadFold).
 */
export function filterCountries(countries: readonly CountryRow[], filter: string, foldText: (text: string) => string = fold!): CountryRow[] {
  const wanted = filter.trim() ? foldText(filter.trim()) : '';
  if (!wanted) return [...countries];
  return countries.filter((c) => c.code.toLowerCase().startsWith(wanted) || foldText(c.name).includes(wanted));
}

/** How to change a ranked list's order, said after what the line says where the width has room for it whole. */
const ORDER_HINT = ' · Ctrl-O: another order';

function withOrderHint(spans: Span[], width: number): Line {
  const used = spans.reduce((sum, s) => sum + textWidth(s.text), 0);
  return line(used + textWidth(ORDER_HINT) <= width ? [...spans, span(ORDER_HINT, 'muted')] : spans);
}

/** The lines of a route for its data, laid out for the width; `filter` is what was typed on a filtered list. */
export function screenModel(route: Route, data: ScreenData, width: number, filter = ''): ScreenModel {
  if (route.screen === 'countries' && data.screen === 'countries') {
    // What was typed shows, and filters, once the folding has loaded (a moment after the first frame): never one without the other.
    if (!fold) filter = '';
    // The order said up front: the most records first unless chosen (the busiest country was at "U" in code order).
    const prompt = withOrderHint([span('Filter: ', 'muted'), span(filter || '(type a name or code)', filter ? 'accent' : 'muted'), span(`   ${mostFirst(orderOf(route))} · Tab: every pair`, 'muted')], width);
    if (data.countries.length === 0) return { header: [], lines: paragraph('No country has records yet. Load the curated dataset with `bilat db seed`, or import data.', width, { tone: 'muted' }) };
    const shown = filterCountries(data.countries, filter);
    if (shown.length === 0) return { header: [prompt], lines: [blank(), line([span(`No country matches “${filter}”. Esc clears the filter.`, 'muted')])] };
    const [head, ...rows] = tableLines(shown, width >= COUNTRY_COLUMNS_ALL_FROM ? countryColumns : narrowCountryColumns, width, (c) => ({ screen: 'country', code: c.code }));
    return { header: [prompt, head!], lines: rows };
  }
  if (route.screen === 'country' && data.screen === 'country') {
    const { country, partners, meetingsPerYear } = data.answer;
    if (partners.length === 0) return { header: [], lines: paragraph(`No relations of ${country.name} are recorded yet.`, width, { tone: 'muted' }) };
    const [head, ...rows] = tableLines(partners, width >= PARTNER_COLUMNS_ALL_FROM ? partnerColumns : narrowPartnerColumns, width, (p) => ({ screen: 'dossier', pair: p.pair }));
    const after: Line[] = [];
    if (meetingsPerYear.length) after.push(blank(), ...paragraph(`Meetings per year: ${meetingsPerYear.map((y) => `${y.year} ${y.meetings}`).join(' · ')}`, width, { tone: 'muted' }));
    // The order said up front, as on the countries (the data loaded is ranked by the route's measure).
    const order = withOrderHint([span(`${partners.length} partner${partners.length === 1 ? '' : 's'}, ${mostFirst(orderOf(route))}`, 'muted')], width);
    return { header: [order, head!], lines: [...rows, ...after] };
  }
  if (route.screen === 'pairs' && data.screen === 'pairs') {
    if (data.pairs.length === 0) return { header: [], lines: paragraph('No country pairs recorded yet. Load the curated dataset with `bilat db seed`, or import data.', width, { tone: 'muted' }) };
    const model = withHeader(tableLines(data.pairs, pairColumns, width, (row) => ({ screen: 'dossier', pair: row.pair })));
    // Said up front, above the column headings (the title bar counts only the rows loaded: "1/500").
    if (data.total > data.pairs.length) {
      const count = (n: number) => n.toLocaleString('en-GB');
      model.header.unshift(line([span(`The ${count(data.pairs.length)} busiest of ${count(data.total)} pairs; \`bilat pairs --all\` lists every one.`, 'muted')]));
    }
    return model;
  }
  // Any other screen's data exists only once detail-screens.ts has loaded it.
  return detail ? detail.detailScreenModel(route, data, width) : { header: [], lines: [] };
}
/** A short name for a route in the title bar: its data's title once loaded. */
export function routeTitle(route: Route, data: ScreenData | undefined): string {
  switch (route.screen) {
    case 'countries':
      return 'Countries';
    case 'country':
      return data?.screen === 'country' ? data.answer.country.name : partyName(route.code);
    case 'pairs':
      return 'Pairs';
    case 'dossier':
      return pairLabel(route.pair);
    case 'section':
      return SECTION_TITLES[route.section];
    case 'record':
      return data?.screen === 'record' ? data.detail.title : `${kindHeading(route.kind)} ${route.id}`;
    case 'search':
      return `Search “${route.q}”`;
    case 'inbox':
      return 'Inbox';
    case 'proposal':
      return (data?.screen === 'inbox' ? data.proposals.find((proposal) => proposal.id === route.id)?.title : undefined) ?? `Proposal ${route.id}`;
  }
}

/** What the spinner says while a route loads. */
export function loadingLabel(route: Route): string {
  switch (route.screen) {
    case 'countries':
      return 'Loading countries';
    case 'country':
      return `Loading the partners of ${partyNameInText(route.code)}`;
    case 'pairs':
      return 'Loading country pairs';
    case 'dossier':
    case 'section':
      return `Loading the ${route.pair} dossier`;
    case 'record':
      return `Loading ${kindHeading(route.kind).toLowerCase()} ${route.id}`;
    case 'search':
      return `Searching for “${route.q}”`;
    case 'inbox':
    case 'proposal':
      return 'Loading the review inbox';
  }
}
