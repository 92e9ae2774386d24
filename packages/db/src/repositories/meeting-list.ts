/* eslint-disable @typescript-eslint/no-explicit-any -- refinements add conditions to the loosely typed list query of lists.ts. */
import type { Scope } from '../scope.js';
import { combine, listFilterOf, listRecords, whereColumns, type ListFilter, type ListQuery, type Refine } from './lists.js';

/*
 * The meetings list, apart from the other kinds' (queries.ts) because it is a quick read:
 * it imports nothing of the domain but its zod-free parts, so `bilat meetings --json`
 * lists meetings without loading the record schemas (`@bilat/db/summaries`).
 */

export interface MeetingFilter extends ListFilter {
  kind?: string;
  stage?: string;
  seriesId?: string;
  visitId?: string;
  /** Meetings this person took part in. */
  personId?: string;
  /** Meetings where someone in a post of this organization took part, or of a series it runs. */
  organizationId?: string;
}

/** The meetings list's filter as the API and the command line name it. */
export interface MeetingQuery extends ListQuery {
  kind?: string;
  stage?: string;
  series?: string;
  visit?: string;
  person?: string;
  organization?: string;
}

/** Maps the API's names of the meetings filter onto the data layer's (one mapping for the API and `bilat meetings`). */
export function meetingFilterOf(query: MeetingQuery): MeetingFilter {
  // Object.assign, not a spread: in Node 20, spreading the eight filters and adding six more
  // properties built the object the slow way on every call (6-12 µs, a fifth of a page's own time).
  return Object.assign(listFilterOf(query), {
    kind: query.kind,
    stage: query.stage,
    seriesId: query.series,
    visitId: query.visit,
    personId: query.person,
    organizationId: query.organization,
  });
}

/** Meetings, newest first (by the partial-date rule); undated meetings come last. */
export function listMeetings(scope: Scope, filter: MeetingFilter = {}) {
  const person: Refine | undefined = filter.personId
    ? (q) => q.where('r.id', 'in', (eb: any) => eb.selectFrom('meeting_participants').select('meeting_id').where('person_id', '=', filter.personId))
    : undefined;
  const organization: Refine | undefined = filter.organizationId
    ? (q) =>
        q.where((eb: any) =>
          eb.or([
            eb('r.id', 'in', eb
              .selectFrom('meeting_participants as mp')
              .innerJoin('posts as p', 'p.id', 'mp.post_id')
              .select('mp.meeting_id')
              .where('p.organization_id', '=', filter.organizationId)),
            eb('r.series_id', 'in', eb.selectFrom('series').select('id').where('organization_id', '=', filter.organizationId)),
          ]),
        )
    : undefined;
  return listRecords(
    scope,
    'meeting',
    filter,
    combine(whereColumns({ kind: filter.kind, stage: filter.stage, series_id: filter.seriesId, visit_id: filter.visitId }), person, organization),
  );
}
