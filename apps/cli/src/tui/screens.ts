import { foldText, formatPartialDate, partyName, type Dossier } from '@bilat/domain';
import { kindHeading, type RecordKind } from '@bilat/domain/kinds';
import { wholeDossier } from '../data/dossier.js';
import { readRecordDetail } from '../data/record-detail.js';
import type { BilatApi } from '../data/source.js';
import type { Column } from '../table.js';
import { pairColumns, pairLabel, tableLines, type PairRow } from '../views/columns.js';
import { blank, line, paragraph, span, type Line } from '../views/doc.js';
import { dossierOverviewLines, SECTION_TITLES, sectionLines } from '../views/dossier.js';
import { recordLines, type RecordDetail } from '../views/record.js';
import { loadRecordExtras, type RecordExtras } from '../data/record-extras.js';
import { SECTIONS, type Route } from '../views/routes.js';
import { INBOX_PAGE, inboxOf, type InboxProposal } from '../data/inbox.js';
import { inboxLines, proposalLines } from '../views/inbox.js';

/*
 * Each screen of the UI as two pure parts: how to load its data through the API seam,
 * and the lines it shows for that data at a width. The app routes keys over those lines;
 * the view draws them. Sections of a dossier share the dossier's data.
 */

export interface ScreenModel {
  /** Lines that stay at the top while the rest scrolls (a table's header). */
  header: Line[];
  lines: Line[];
}

interface SearchHit {
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

/** Loads what a route shows. */
export async function loadScreen(api: BilatApi, route: Route): Promise<ScreenData> {
  switch (route.screen) {
    case 'countries':
      return { screen: 'countries', countries: await api.countries.list({ withRecords: true, sort: 'meetings' }) };
    case 'country':
      return { screen: 'country', answer: await api.countries.get({ code: route.code }) };
    case 'pairs': {
      const page = await api.pairs.list({ limit: PAIRS_SHOWN });
      return { screen: 'pairs', pairs: page.items, total: page.total };
    }
    case 'dossier':
    case 'section':
      return { screen: 'dossier', dossier: await wholeDossier(api, route.pair) };
    case 'record': {
      const detail = (await readRecordDetail(api, route.kind, route.id)) as RecordDetail;
      // The record's own id: a merged id redirects to it.
      return { screen: 'record', detail, extras: await loadRecordExtras(api, route.kind, detail.record.id) };
    }
    case 'search': {
      const result = await api.search({ q: route.q, limit: 100 });
      return { screen: 'search', hits: result.items, more: result.nextCursor !== null };
    }
    case 'inbox':
    case 'proposal': {
      const page = await inboxOf(api).list({ status: 'waiting', limit: INBOX_PAGE });
      return { screen: 'inbox', proposals: page.items, more: page.nextCursor !== null };
    }
  }
}

/** The proposal a route of the inbox points at: the one opened, or the one under the cursor in the list. */
export function proposalAt(route: Route, data: ScreenData | undefined, selected: Line | undefined): InboxProposal | undefined {
  if (data?.screen !== 'inbox') return undefined;
  const id = route.screen === 'proposal' ? route.id : selected?.target?.screen === 'proposal' ? selected.target.id : undefined;
  return id === undefined ? undefined : data.proposals.find((proposal) => proposal.id === id);
}

const searchColumns: Column<SearchHit>[] = [
  { header: 'kind', value: (hit) => kindHeading(hit.kind) },
  { header: 'title', value: (hit) => hit.title, flex: true },
];

function withHeader(lines: Line[]): ScreenModel {
  const [header, ...rows] = lines;
  return { header: header ? [header] : [], lines: rows };
}

const countryColumns: Column<CountryRow>[] = [
  { header: 'code', value: (c) => c.code },
  { header: 'country', value: (c) => c.name, flex: true },
  { header: 'meetings', value: (c) => String(c.meetings), align: 'right' },
  { header: 'visits', value: (c) => String(c.visits), align: 'right' },
  { header: 'agreements', value: (c) => String(c.agreements), align: 'right' },
  { header: 'relations', value: (c) => String(c.relations), align: 'right' },
  { header: 'partners', value: (c) => String(c.partners), align: 'right' },
];

type PartnerRow = CountryAnswer['partners'][number];
const partnerColumns: Column<PartnerRow>[] = [
  { header: 'partner', value: (p) => `${p.partner} ${partyName(p.partner)}`, flex: true },
  { header: 'meetings', value: (p) => String(p.meetings), align: 'right' },
  { header: 'visits', value: (p) => String(p.visits), align: 'right' },
  { header: 'agreements', value: (p) => String(p.agreements), align: 'right' },
  { header: 'relations', value: (p) => String(p.relations), align: 'right' },
  { header: 'trade years', value: (p) => String(p.tradeYears), align: 'right' },
  { header: 'latest meeting', value: (p) => (p.lastMeetingDate ? formatPartialDate(p.lastMeetingDate) : '—') },
];

/** Countries whose code starts with, or whose name contains, what was typed (case and accents folded). */
export function filterCountries(countries: readonly CountryRow[], filter: string): CountryRow[] {
  const wanted = foldText(filter.trim());
  if (!wanted) return [...countries];
  return countries.filter((c) => c.code.toLowerCase().startsWith(wanted) || foldText(c.name).includes(wanted));
}

/** The lines of a route for its data, laid out for the width; `filter` is what was typed on a filtered list. */
export function screenModel(route: Route, data: ScreenData, width: number, filter = ''): ScreenModel {
  if (route.screen === 'countries' && data.screen === 'countries') {
    const prompt = line([span('Filter: ', 'muted'), span(filter || '(type a name or code)', filter ? 'accent' : 'muted'), span('   Tab: every pair', 'muted')]);
    if (data.countries.length === 0) return { header: [], lines: paragraph('No country has records yet. Load the curated dataset with `bilat db seed`, or import data.', width, { tone: 'muted' }) };
    const shown = filterCountries(data.countries, filter);
    if (shown.length === 0) return { header: [prompt], lines: [blank(), line([span(`No country matches “${filter}”. Esc clears the filter.`, 'muted')])] };
    const [head, ...rows] = tableLines(shown, countryColumns, width, (c) => ({ screen: 'country', code: c.code }));
    return { header: [prompt, head!], lines: rows };
  }
  if (route.screen === 'country' && data.screen === 'country') {
    const { country, partners, meetingsPerYear } = data.answer;
    if (partners.length === 0) return { header: [], lines: paragraph(`No relations of ${country.name} are recorded yet.`, width, { tone: 'muted' }) };
    const [head, ...rows] = tableLines(partners, partnerColumns, width, (p) => ({ screen: 'dossier', pair: p.pair }));
    const after: Line[] = [];
    if (meetingsPerYear.length) after.push(blank(), ...paragraph(`Meetings per year: ${meetingsPerYear.map((y) => `${y.year} ${y.meetings}`).join(' · ')}`, width, { tone: 'muted' }));
    return { header: [head!], lines: [...rows, ...after] };
  }
  if (route.screen === 'pairs' && data.screen === 'pairs') {
    if (data.pairs.length === 0) return { header: [], lines: paragraph('No country pairs recorded yet. Load the curated dataset with `bilat db seed`, or import data.', width, { tone: 'muted' }) };
    const model = withHeader(tableLines(data.pairs, pairColumns, width, (row) => ({ screen: 'dossier', pair: row.pair })));
    if (data.total > data.pairs.length) model.lines.push(blank(), line([span(`The ${data.pairs.length} busiest of ${data.total} pairs; \`bilat pairs --all\` lists every one.`, 'muted')]));
    return model;
  }
  if (route.screen === 'dossier' && data.screen === 'dossier') {
    return { header: [], lines: dossierOverviewLines(data.dossier, width, SECTIONS) };
  }
  if (route.screen === 'section' && data.screen === 'dossier') {
    const lines = sectionLines(data.dossier, route.section, width);
    // A plain table keeps its header in view; the trade screen (a chart, then a table) scrolls whole.
    return route.section === 'trade' || !lines[1]?.target ? { header: [], lines } : withHeader(lines);
  }
  if (route.screen === 'record' && data.screen === 'record') {
    return { header: [], lines: recordLines(data.detail, width, data.extras) };
  }
  if (route.screen === 'search' && data.screen === 'search') {
    if (data.hits.length === 0) return { header: [], lines: [line([span(`Nothing matches “${route.q}”.`, 'muted')]), blank(), line([span('Search folds case, accents and spellings (Vasilenko finds Vassilenko). Press / to try other words.', 'muted')])] };
    const model = withHeader(tableLines(data.hits, searchColumns, width, (hit) => ({ screen: 'record', kind: hit.kind, id: hit.id })));
    if (data.more) model.lines.push(blank(), line([span('More results exist: refine the words to narrow them (`bilat search` lists them all).', 'muted')]));
    return model;
  }
  if (route.screen === 'inbox' && data.screen === 'inbox') {
    const lines = inboxLines(data.proposals, width, data.more);
    return data.proposals.length ? withHeader(lines) : { header: [], lines };
  }
  if (route.screen === 'proposal' && data.screen === 'inbox') {
    return { header: [], lines: proposalLines(data.proposals.find((proposal) => proposal.id === route.id), width) };
  }
  return { header: [], lines: [] };
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
      return `Loading the partners of ${partyName(route.code)}`;
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
