import { listAgreements, listCommitments, listMeetings, listRecords, listSeries, listVisits, meetingFilterOf } from '@bilat/db';
import {
  AGREEMENT_STAGES,
  agreementSchema,
  commitmentSchema,
  idSchema,
  MEETING_KINDS,
  MEETING_STAGES,
  meetingSchema,
  SERIES_KINDS,
  seriesSchema,
  statementSchema,
  visitSchema,
} from '@bilat/domain';
import { z } from 'zod';
import { router } from '../trpc.js';
import { recordProcedures } from './records.js';
import { toListFilter } from './shared.js';

export const meetingsRouter = router(
  recordProcedures(meetingSchema, {
    kind: 'meeting',
    path: '/meetings',
    tag: 'Meetings',
    filters: {
      kind: z.enum(MEETING_KINDS).optional(),
      stage: z.enum(MEETING_STAGES).optional(),
      series: idSchema.optional(),
      visit: idSchema.optional(),
      person: idSchema.optional().describe('Meetings this person took part in'),
      organization: idSchema.optional().describe('Meetings with someone in a post of this organization'),
    },
    list: (db, input) => listMeetings(db, meetingFilterOf(input)),
  }),
);

export const seriesRouter = router(
  recordProcedures(seriesSchema, {
    kind: 'series',
    path: '/series',
    tag: 'Series',
    filters: { kind: z.enum(SERIES_KINDS).optional() },
    list: (db, input) => listSeries(db, Object.assign(toListFilter(input), { kind: input.kind })),
  }),
);

export const visitsRouter = router(
  recordProcedures(visitSchema, {
    kind: 'visit',
    path: '/visits',
    tag: 'Visits',
    filters: { person: idSchema.optional().describe('Visits this person made') },
    list: (db, input) => listVisits(db, Object.assign(toListFilter(input), { personId: input.person })),
  }),
);

export const agreementsRouter = router(
  recordProcedures(agreementSchema, {
    kind: 'agreement',
    path: '/agreements',
    tag: 'Agreements',
    filters: { stage: z.enum(AGREEMENT_STAGES).optional(), kind: agreementSchema.shape.kind.optional() },
    list: (db, input) => listAgreements(db, Object.assign(toListFilter(input), { stage: input.stage, kind: input.kind })),
  }),
);

export const commitmentsRouter = router(
  recordProcedures(commitmentSchema, {
    kind: 'commitment',
    path: '/commitments',
    tag: 'Commitments',
    filters: { state: z.enum(['open', 'fulfilled', 'abandoned']).optional() },
    list: (db, input) => listCommitments(db, Object.assign(toListFilter(input), { state: input.state })),
  }),
);

export const statementsRouter = router(
  recordProcedures(statementSchema, {
    kind: 'statement',
    path: '/statements',
    tag: 'Statements',
    filters: { speaker: idSchema.optional() },
    list: (db, input) => listRecords(db, 'statement', toListFilter(input), (q) => (input.speaker ? q.where('r.speaker_id', '=', input.speaker) : q)),
  }),
);
