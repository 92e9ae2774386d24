/* eslint-disable @typescript-eslint/no-explicit-any -- refinements add conditions to the loosely typed list query of lists.ts. */
import {
  firstDay,
  holdingOnDate,
  pairOf,
  queryTerms,
  type Holding,
  type PartialDate,
  type Person,
  type Post,
  type RangeMatch,
} from '@bilat/domain';
import { matchTerms } from '../dialect.js';
import type { Scope } from '../scope.js';
import { combine, listRecords, whereColumns, type ListFilter, type Refine } from './lists.js';
import { getRecords } from './records.js';

// The meetings list is a module of its own: `@bilat/db/summaries` serves it without the domain's schemas.
export { listMeetings, meetingFilterOf, type MeetingFilter, type MeetingQuery } from './meeting-list.js';

export function listSeries(scope: Scope, filter: ListFilter & { kind?: string } = {}) {
  return listRecords(scope, 'series', filter, whereColumns({ kind: filter.kind }));
}

export function listVisits(scope: Scope, filter: ListFilter & { kind?: string; personId?: string } = {}) {
  const visitor: Refine | undefined = filter.personId
    ? (q) =>
        q.where('r.id', 'in', (eb: any) =>
          eb.selectFrom('record_links').select('from_id').where('from_kind', '=', 'visit').where('relation', '=', 'visitor').where('to_id', '=', filter.personId),
        )
    : undefined;
  return listRecords(scope, 'visit', filter, combine(whereColumns({ kind: filter.kind }), visitor));
}

export function listAgreements(scope: Scope, filter: ListFilter & { kind?: string; stage?: string } = {}) {
  return listRecords(scope, 'agreement', filter, whereColumns({ kind: filter.kind, stage: filter.stage }));
}

export function listOrganizations(scope: Scope, filter: ListFilter & { kind?: string } = {}) {
  return listRecords(scope, 'organization', filter, whereColumns({ kind: filter.kind }));
}

export function listPeople(scope: Scope, filter: ListFilter = {}) {
  return listRecords(scope, 'person', filter);
}

export function listSources(scope: Scope, filter: ListFilter = {}) {
  return listRecords(scope, 'source', filter);
}

/** Trade figures; `commodity` is a classification code (`TOTAL` for a pair's totals, `01` for one commodity). */
export function listTrade(scope: Scope, filter: ListFilter & { reporter?: string; flow?: string; commodity?: string } = {}) {
  return listRecords(scope, 'trade', filter, whereColumns({ reporter: filter.reporter, flow: filter.flow, classification_code: filter.commodity }));
}

export function listInvestment(scope: Scope, filter: ListFilter & { kind?: string } = {}) {
  return listRecords(scope, 'investment', filter, whereColumns({ kind: filter.kind }));
}

export function listIndicators(scope: Scope, filter: ListFilter & { measure?: string } = {}) {
  return listRecords(scope, 'indicator', filter, whereColumns({ measure: filter.measure }));
}

export function listHoldings(scope: Scope, filter: ListFilter & { personId?: string; postId?: string } = {}) {
  return listRecords(scope, 'holding', filter, whereColumns({ person_id: filter.personId, post_id: filter.postId }));
}

/** Commitments; with a pair, those made at that pair's meetings. */
export function listCommitments(scope: Scope, filter: ListFilter & { state?: string } = {}) {
  const { country, partner, ...rest } = filter;
  const pairRefine: Refine | undefined =
    country && partner
      ? (q) =>
          q.where('r.made_at_id', 'in', (eb: any) =>
            eb.selectFrom('meetings').select('id').where('pair', '=', pairOf(country, partner)),
          )
      : undefined;
  return listRecords(scope, 'commitment', rest, combine(whereColumns({ state: filter.state }), pairRefine));
}

export function listDisputes(scope: Scope, filter: ListFilter = {}) {
  return listRecords(scope, 'dispute', filter);
}

export interface PostHolder {
  person: Person;
  post: Post;
  /** Every holding of this post by this person that covers the date (sources may record it separately). */
  holdings: Holding[];
  /** `exact` when at least one holding surely covers the date. */
  match: Exclude<RangeMatch, 'none'>;
}

/**
 * "Who held this post on that day": holdings whose known bounds or attestations cover the
 * date, without those a later holding of the same post had already replaced, grouped by
 * person and post. The post is an id, or words matched against post titles and their
 * other names.
 */
export async function whoHeld(scope: Scope, query: { postId?: string; post?: string; on: PartialDate; country?: string }): Promise<PostHolder[]> {
  let postIds: string[] = query.postId ? [query.postId] : [];
  if (!query.postId && query.post) {
    const terms = queryTerms(query.post);
    if (terms.length === 0) return [];
    const rows = await scope.db
      .selectFrom('search_documents as d')
      .select('d.record_id')
      .where('d.kind', '=', 'post')
      .where(matchTerms(scope.dialect, terms, false))
      .limit(500)
      .execute();
    postIds = rows.map((row) => row.record_id);
  }
  if (postIds.length === 0) return [];
  const holdingRows = await scope.db
    .selectFrom('holdings')
    .select('body')
    .where('post_id', 'in', postIds)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const holdings = holdingRows.map((row) => JSON.parse(row.body) as Holding);
  const supersededBefore = (holding: Holding) =>
    holdings.some(
      (other) =>
        other.postId === holding.postId &&
        other.personId !== holding.personId &&
        other.start !== undefined &&
        firstDay(other.start) > firstDay(holding.start!) &&
        firstDay(other.start) <= firstDay(query.on),
    );
  const groups = new Map<string, { holdings: Holding[]; match: RangeMatch }>();
  for (const holding of holdings) {
    const match = holdingOnDate(holding, query.on);
    if (match === 'none') continue;
    // An open-ended holding ends when someone else's holding of the post starts on or before the day.
    if (!holding.end && holding.start && supersededBefore(holding)) continue;
    const key = `${holding.personId} ${holding.postId}`;
    const group = groups.get(key) ?? { holdings: [], match: 'approximate' };
    group.holdings.push(holding);
    if (match === 'exact') group.match = 'exact';
    groups.set(key, group);
  }
  const all = [...groups.values()];
  const people = new Map((await getRecords(scope, 'person', all.map((g) => g.holdings[0]!.personId))).map((p) => [p.id, p]));
  const posts = new Map((await getRecords(scope, 'post', all.map((g) => g.holdings[0]!.postId))).map((p) => [p.id, p]));
  return all
    .map(({ holdings: held, match }) => ({
      person: people.get(held[0]!.personId),
      post: posts.get(held[0]!.postId),
      holdings: held,
      match: match as Exclude<RangeMatch, 'none'>,
    }))
    .filter((holder): holder is PostHolder => Boolean(holder.person && holder.post))
    .filter((holder) => !query.country || holder.post.country === query.country)
    .sort((a, b) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : a.post.id < b.post.id ? -1 : 1));
}

/** Relations events (recognition, relations established or severed, missions opened…), newest first. */
export function listRelations(scope: Scope, filter: ListFilter & { kind?: string; actor?: string } = {}) {
  return listRecords(scope, 'relation', filter, whereColumns({ kind: filter.kind, actor: filter.actor }));
}
