import { z } from 'zod';
import { dateSpanSchema, factFields } from '../common.js';
import { decimalSchema, moneySchema } from '../money.js';
import { partyCodeSchema } from '../party.js';
import { partialDateSchema } from '../partial-date-schema.js';

export const TRADE_FLOWS = ['export', 'import', 'turnover'] as const;

/** The partner of a reporter's totals with the whole world (Comtrade's partner 0). */
export const WORLD_PARTNER = 'WORLD';
export const tradeFlowKindSchema = z.enum(TRADE_FLOWS);
export type TradeFlowKind = z.infer<typeof tradeFlowKindSchema>;

/**
 * Trade between two parties as one side reports it. Kazakhstan's exports to Lithuania
 * are Lithuania's imports from Kazakhstan, and the two reports differ in real data, so
 * the reporter is always part of the fact.
 */
export const tradeFlowSchema = z.strictObject({
  ...factFields,
  reporter: partyCodeSchema,
  /** The other party, or `WORLD` for the reporter's totals with every partner (kept apart from bilateral flows). */
  partner: z.union([partyCodeSchema, z.literal('WORLD')]),
  /** A year, a run of months ("January–February 2022"), or any span of partial dates. */
  period: dateSpanSchema,
  flow: tradeFlowKindSchema,
  value: moneySchema,
  /** `TOTAL` for all goods; otherwise a commodity code in the named system, kept as text ("01"). */
  classification: z
    .strictObject({
      system: z.enum(['total', 'HS', 'SITC', 'BEC', 'other']),
      code: z.string().min(1).max(20),
    })
    .default({ system: 'total', code: 'TOTAL' }),
  /** Change on the previous period as the source states it, in percent ("28.7"). */
  changePercent: decimalSchema.optional(),
  /** How imports are valued: CIF at the border of the importer, FOB at the exporter's. */
  valuation: z.enum(['CIF', 'FOB']).optional(),
  /** Who compiled the figure when it is not the reporter's statistics office (e.g. "UN Comtrade"). */
  compiler: z.string().min(1).max(200).optional(),
});

export type TradeFlow = z.infer<typeof tradeFlowSchema>;

export const INVESTMENT_KINDS = ['gross-inflow', 'net-inflow', 'outflow', 'stock'] as const;

/** Direct investment from one party to another over a span (cumulative) or at a date (a stock). */
export const investmentFlowSchema = z.strictObject({
  ...factFields,
  from: partyCodeSchema,
  to: partyCodeSchema,
  /** The side whose statistics give the figure. */
  reporter: partyCodeSchema.optional(),
  kind: z.enum(INVESTMENT_KINDS),
  category: z.enum(['direct', 'portfolio', 'other', 'total']).default('direct'),
  span: dateSpanSchema,
  /** True when the value adds up the whole span rather than giving one year's flow. */
  cumulative: z.boolean(),
  value: moneySchema,
});

export type InvestmentFlow = z.infer<typeof investmentFlowSchema>;

/** A named measure at a date: "190 companies with Lithuanian capital operating in Kazakhstan". */
export const indicatorSchema = z.strictObject({
  ...factFields,
  /** A stable kebab-case name for the measure, shared by every record of it. */
  measure: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'A measure is a kebab-case name' }).max(100),
  label: z.string().min(1).max(300),
  /** The party the measure is taken in (Kazakhstan, for companies operating there). */
  subject: partyCodeSchema,
  /** The other party it concerns (Lithuania, whose capital those companies have). */
  partner: partyCodeSchema.optional(),
  value: decimalSchema,
  unit: z.string().min(1).max(60),
  asOf: partialDateSchema,
  /** `stated` when the source dates the value; `reported` when only its own date is known. */
  asOfQualifier: z.enum(['stated', 'reported', 'inferred']).default('stated'),
});

export type Indicator = z.infer<typeof indicatorSchema>;
