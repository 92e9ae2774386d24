import { listDisputes, listIndicators, listInvestment, listRecords, listTrade } from '@bilat/db';
import { disputeSchema, indicatorSchema, interactionSchema, INVESTMENT_KINDS, investmentFlowSchema, partyCodeSchema, TRADE_FLOWS, tradeFlowSchema } from '@bilat/domain';
import { z } from 'zod';
import { router } from '../trpc.js';
import { recordProcedures } from './records.js';
import { toListFilter } from './shared.js';

export const tradeRouter = router(
  recordProcedures(tradeFlowSchema, {
    kind: 'trade',
    path: '/trade',
    tag: 'Trade',
    filters: {
      reporter: partyCodeSchema.optional().describe('The side whose statistics give the figure'),
      flow: z.enum(TRADE_FLOWS).optional(),
      commodity: z.string().min(1).max(20).optional().describe('TOTAL for all goods, or a commodity code such as 01 (kept as text)'),
    },
    list: (db, input) => listTrade(db, Object.assign(toListFilter(input), { reporter: input.reporter, flow: input.flow, commodity: input.commodity })),
  }),
);

export const investmentRouter = router(
  recordProcedures(investmentFlowSchema, {
    kind: 'investment',
    path: '/investment',
    tag: 'Investment',
    filters: { kind: z.enum(INVESTMENT_KINDS).optional() },
    list: (db, input) => listInvestment(db, Object.assign(toListFilter(input), { kind: input.kind })),
  }),
);

export const indicatorsRouter = router(
  recordProcedures(indicatorSchema, {
    kind: 'indicator',
    path: '/indicators',
    tag: 'Indicators',
    filters: { measure: z.string().max(100).optional() },
    list: (db, input) => listIndicators(db, Object.assign(toListFilter(input), { measure: input.measure })),
  }),
);

export const disputesRouter = router(
  recordProcedures(disputeSchema, {
    kind: 'dispute',
    path: '/disputes',
    tag: 'Disputes',
    filters: {},
    list: (db, input) => listDisputes(db, toListFilter(input)),
  }),
);

export const interactionsRouter = router(
  recordProcedures(interactionSchema, {
    kind: 'interaction',
    path: '/interactions',
    tag: 'Interactions',
    filters: { code: z.string().regex(/^\d{3,4}$/).optional().describe('CAMEO event code, e.g. 040') },
    list: (db, input) => listRecords(db, 'interaction', toListFilter(input), (q) => (input.code ? q.where('r.code', '=', input.code) : q)),
  }),
);
