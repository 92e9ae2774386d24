import { kindHeading } from '@bilat/domain/kinds';
import { wholeDossier } from '../data/dossier.js';
import { readRecordDetail } from '../data/record-detail.js';
import { loadRecordExtras } from '../data/record-extras.js';
import { INBOX_PAGE, inboxOf } from '../data/inbox.js';
import type { BilatApi } from '../data/source.js';
import type { Column } from '../table.js';
import { blank, line, span, tableLines } from '../views/doc.js';
import { dossierOverviewLines, sectionLines } from '../views/dossier.js';
import { inboxLines, proposalLines } from '../views/inbox.js';
import { recordLines, type RecordDetail } from '../views/record.js';
import { SECTIONS, type Route } from '../views/routes.js';
import { withHeader, type DetailRoute, type ScreenData, type ScreenModel, type SearchHit } from './screens.js';

/*
 * The screens past the world lists — a pair's dossier and its sections, a record,
 * search, the review inbox — with the views, labels and the domain's index they need.
 * The UI imports this module when one of them first loads, so the first screen draws
 * without it.
 */

const searchColumns: Column<SearchHit>[] = [
  { header: 'kind', value: (hit) => kindHeading(hit.kind) },
  { header: 'title', value: (hit) => hit.title, flex: true },
];

/** Loads what a detail route shows, through the API. */
export async function loadDetailScreen(api: BilatApi, route: DetailRoute): Promise<ScreenData> {
  switch (route.screen) {
    case 'dossier':
    case 'section':
      return { screen: 'dossier', dossier: await wholeDossier(api, route.pair) };
    case 'record': {
      const detail = (await readRecordDetail(api, route.kind, route.id)) as RecordDetail;
      // The record's own id: a merged id redirects to it.
      return { screen: 'record', detail, extras: await loadRecordExtras(api, route.kind, detail.record as { id: string; seriesId?: string }) };
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

/** The lines of a detail route for its data, laid out for the width. */
export function detailScreenModel(route: Route, data: ScreenData, width: number): ScreenModel {
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
