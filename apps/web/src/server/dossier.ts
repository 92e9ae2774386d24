import 'server-only';
import type { RouterOutputs } from '@bilat/api';
import {
  AGREEMENT_STAGES,
  apiPager,
  assembleDossier,
  DOSSIER_SECTIONS,
  groupTradeRows,
  holdingOnDate,
  pairTradeFigures,
  tradeMirrors,
  type Agreement,
  type Dossier,
  type DossierChiefEntry,
  type DossierSection,
  type Organization,
  type Place,
  type TradeFlow,
} from '@bilat/domain';
import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { api } from '~/trpc/server';
import { changesSince, type ChangeMark } from './changes';
import { currentCaller } from './session';
import { orNotFound } from './records';

export interface PostOnTheDay {
  title: string;
  organization: string | null;
  /** How sure the post is for that day: from the meeting record (`stated`) or a holding's dates or attestations. */
  basis: 'meeting' | 'exact' | 'approximate';
}

/** The dossier with what its page needs beside it, looked up once. */
export interface DossierView {
  dossier: Dossier;
  sourceTitles: Map<string, string>;
  /** A source's number in the page's source list, so citation marks match it. */
  sourceNumbers: Map<string, number>;
  /** Names of the people the page's items name (participants, visitors, speakers, officials). */
  people: Map<string, { name: string }>;
  /** Each paged section's place: what the page shows and the cursor to the next. */
  paging: Record<DossierSection, SectionPaging>;
  /** Sources the whole dossier cites, over every page (what `bilat` and the briefing list); `dossier.sources` holds this page's. */
  sourcesTotal: number;
  places: Map<string, Place>;
  /** Joint bodies of the two parties (commissions, friendship groups), and the organizations the dossier names. */
  bodies: Organization[];
  /** `meetingId|personId` or `visitId|personId` → the post held that day. */
  posts: Map<string, PostOnTheDay>;
  marks: Map<string, ChangeMark>;
  /** Each party's capital today, from its places (a place marked capital with no end). */
  capitals: Map<string, string>;
  /** The signed-in key may write: figures get edit links. */
  canWrite: boolean;
}

type Caller = Awaited<ReturnType<typeof api>>;

/** Posts of visitors who took part in no meeting: from their holdings that cover the visit's date. */
async function visitorPosts(caller: Caller, dossier: Dossier, people: Map<string, { name: string }>, posts: Map<string, PostOnTheDay>) {
  const wanted = dossier.visits.flatMap(({ visit }) => visit.visitorIds.map((personId) => ({ visit, personId })));
  const holdingsOf = new Map<string, RouterOutputs['holdings']['list']['items']>();
  for (const { visit, personId } of wanted) {
    if (!people.has(personId)) {
      const person = await caller.people.get({ id: personId }).catch(() => undefined);
      if (person) people.set(personId, person);
    }
    if (!holdingsOf.has(personId)) holdingsOf.set(personId, (await caller.holdings.list({ person: personId, limit: 100 })).items);
    for (const holding of holdingsOf.get(personId)!) {
      const match = holdingOnDate(holding, visit.date.start);
      if (match === 'none') continue;
      const post = await caller.posts.get({ id: holding.postId }).catch(() => undefined);
      if (!post) continue;
      const organization = await caller.organizations.get({ id: post.organizationId }).catch(() => undefined);
      posts.set(`${visit.id}|${personId}`, { title: post.title, organization: organization?.name ?? null, basis: match });
      break;
    }
  }
}

/** What the page shows of one paged section: how many there are, and the links to page on. */
export interface SectionPaging {
  total: number;
  shown: number;
  /** The cursor this page started after (absent on the first page). */
  cursor: string | undefined;
  nextCursor: string | null;
}

/** The URL parameter holding a section's cursor: `?meetings=…` pages the meetings, the rest stay on their first page. */
export const SECTION_PARAMS = DOSSIER_SECTIONS;

/**
 * Everything the dossier page of a pair shows, as of a date when given; `changed` marks
 * records changed since then. `cursors` (a section's cursor per section, as JSON) picks
 * the page shown of each paged section; `allMeetings` pages through every meeting (the
 * timeline's filters apply to all of them, not one page).
 */
export const loadDossierView = cache(async (pair: string, asOf: string | undefined, changed: string | undefined, cursorsJson = '{}', allMeetings = false): Promise<DossierView> => {
  const caller = await api();
  const cursors = JSON.parse(cursorsJson) as Partial<Record<DossierSection, string>>;
  const [a, b] = pair.split('-') as [string, string];
  const [compact, joint, marks, placesA, placesB] = await Promise.all([
    orNotFound(() => caller.pairs.dossier({ pair, asOf })),
    caller.organizations.list({ country: a, partner: b, limit: 100 }),
    changed ? changesSince(changed) : Promise.resolve(new Map<string, ChangeMark>()),
    caller.places.list({ country: a, limit: 500 }),
    caller.places.list({ country: b, limit: 500 }),
  ]);
  // The page shown of each section: the first (carried by the dossier) or the one after the URL's cursor.
  const sources = new Map(compact.sources.map((source) => [source.id, source]));
  const names = new Map<string, { name: string }>(Object.entries(compact.refs.people).map(([id, name]) => [id, { name }]));
  const postTitles = new Map(Object.entries(compact.refs.posts));
  const paging = {} as Record<DossierSection, SectionPaging>;
  const shown = {} as Record<DossierSection, unknown[]>;
  for (const section of DOSSIER_SECTIONS) {
    const cursor = cursors[section];
    let page: { items: unknown[]; total: number; nextCursor: string | null } = compact[section];
    if (cursor || (section === 'meetings' && allMeetings && page.nextCursor)) {
      const items = cursor ? [] : [...page.items];
      let next: string | null | undefined = cursor ?? page.nextCursor;
      do {
        const more = await orBadCursor(() => caller.pairs.dossierSection({ pair, section, asOf, cursor: next ?? undefined, limit: allMeetings && section === 'meetings' ? 200 : undefined }));
        items.push(...more.items);
        for (const source of more.sources) sources.set(source.id, source);
        for (const [id, name] of Object.entries(more.refs.people)) names.set(id, { name });
        for (const [id, post] of Object.entries(more.refs.posts)) postTitles.set(id, post);
        page = { items, total: more.total, nextCursor: more.nextCursor };
        next = more.nextCursor;
      } while (allMeetings && section === 'meetings' && next);
    }
    paging[section] = { total: page.total, shown: page.items.length, cursor, nextCursor: page.nextCursor };
    shown[section] = page.items;
  }
  // Trade: the records behind the series, so every figure in the table carries its own citations.
  const tradeFlows: TradeFlow[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await caller.trade.list({ country: a, partner: b, commodity: 'TOTAL', limit: 500, cursor });
    tradeFlows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  }
  const trade = groupTradeRows(pairTradeFigures(tradeFlows, pair, asOf));
  const agreements = shown.agreements as Agreement[];
  const chiefs = shown.chiefsOfMission as DossierChiefEntry[];
  const dossier: Dossier = {
    ...compact,
    meetings: shown.meetings as Dossier['meetings'],
    visits: shown.visits as Dossier['visits'],
    people: shown.people as Dossier['people'],
    agreements: Object.fromEntries(AGREEMENT_STAGES.map((stage) => [stage, agreements.filter((agreement) => agreement.stage === stage)])) as Dossier['agreements'],
    commitments: shown.commitments as Dossier['commitments'],
    statements: shown.statements as Dossier['statements'],
    relations: shown.relations as Dossier['relations'],
    investment: shown.investment as Dossier['investment'],
    indicators: shown.indicators as Dossier['indicators'],
    interactions: shown.interactions as Dossier['interactions'],
    chiefsOfMission: [
      [a, b],
      [b, a],
    ].map(([side, to]) => ({ side: side!, to: to!, chiefs: chiefs.filter((chief) => chief.side === side) })),
    trade,
    tradeMirrors: tradeMirrors(trade),
    sources: [...sources.values()],
  };
  const capitals = new Map<string, string>();
  for (const place of [...placesA.items, ...placesB.items]) if (place.capital && !place.capital.to) capitals.set(place.country, place.name);
  const people = new Map<string, { name: string }>(names);
  for (const entry of dossier.people) people.set(entry.person.id, entry.person);
  const posts = new Map<string, PostOnTheDay>();
  for (const meeting of dossier.meetings) {
    for (const participant of meeting.participants) {
      const post = participant.postId ? postTitles.get(participant.postId) : undefined;
      if (post) posts.set(`${meeting.id}|${participant.personId}`, { title: post.title, organization: post.organization, basis: 'meeting' });
    }
  }
  await visitorPosts(caller, dossier, people, posts);
  const bodies = new Map<string, Organization>();
  for (const organization of [...joint.items, ...dossier.organizations]) bodies.set(organization.id, organization);
  return {
    dossier,
    paging,
    // A later page of a section can cite sources the first pages do not: never fewer than the page lists.
    sourcesTotal: Math.max(compact.sourcesTotal, dossier.sources.length),
    sourceTitles: new Map(dossier.sources.map((source) => [source.id, source.title])),
    sourceNumbers: new Map(dossier.sources.map((source, index) => [source.id, index + 1])),
    people,
    places: new Map(dossier.places.map((place) => [place.id, place])),
    bodies: [...bodies.values()],
    posts,
    marks,
    capitals,
    canWrite: ['write', 'admin'].includes((await currentCaller()).scope ?? ''),
  };
});

/** A page after a cursor the server refuses (edited by hand, or of another section): no such page. */
async function orBadCursor<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') notFound();
    throw error;
  }
}

/** The whole dossier (every page of every section, every trade figure): for the briefing and the calendar, which leave nothing out. */
export async function wholeDossier(pair: string, asOf?: string): Promise<Dossier> {
  const caller = await api();
  const compact = await caller.pairs.dossier({ pair, asOf, limit: 200 });
  return assembleDossier(compact, apiPager(caller, compact.pair, asOf));
}
