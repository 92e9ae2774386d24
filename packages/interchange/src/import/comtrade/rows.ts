import { slugify, type TradeFlow } from '@bilat/domain';
import { comtradeParty, type CountryLookup } from './codes.js';

/*
 * Pure mapping of one Comtrade record (any of the three layouts, already split into
 * named fields) to a trade figure, a deliberate skip, or a problem naming the field.
 */

/** The fields bilat reads, whatever the layout calls them. */
export interface ComtradeRecord {
  freq?: string;
  period: string;
  reporterCode: string;
  reporterIso?: string;
  partnerCode: string;
  partnerIso?: string;
  partner2Code?: string;
  flowCode: string;
  classification: string;
  cmdCode: string;
  customsCode?: string;
  motCode?: string;
  value: string;
  cif?: string;
  fob?: string;
}

export type ComtradeLayout = 'api' | 'legacy';

/** Field names of the two column sets: the API's (JSON and today's CSV downloads) and the legacy 35-column CSV. */
const FIELDS: Record<ComtradeLayout, Record<keyof ComtradeRecord, readonly string[]>> = {
  api: {
    freq: ['freqCode'],
    period: ['period'],
    reporterCode: ['reporterCode'],
    reporterIso: ['reporterISO'],
    partnerCode: ['partnerCode'],
    partnerIso: ['partnerISO'],
    partner2Code: ['partner2Code'],
    flowCode: ['flowCode'],
    classification: ['classificationCode'],
    cmdCode: ['cmdCode'],
    customsCode: ['customsCode'],
    motCode: ['motCode'],
    value: ['primaryValue'],
    cif: ['cifvalue', 'cifValue'],
    fob: ['fobvalue', 'fobValue'],
  },
  legacy: {
    freq: [],
    period: ['Period'],
    reporterCode: ['Reporter Code'],
    reporterIso: ['Reporter ISO'],
    partnerCode: ['Partner Code'],
    partnerIso: ['Partner ISO'],
    partner2Code: ['2nd Partner Code'],
    // One real download spells it without the space.
    flowCode: ['Trade Flow Code', 'TradeFlow Code'],
    classification: ['Classification'],
    cmdCode: ['Commodity Code'],
    customsCode: ['Customs Proc. Code'],
    motCode: ['Mode of Transport Code'],
    value: ['Trade Value (US$)'],
    cif: ['CIF Trade Value (US$)'],
    fob: ['FOB Trade Value (US$)'],
  },
};

const REQUIRED: readonly (keyof ComtradeRecord)[] = ['period', 'reporterCode', 'partnerCode', 'flowCode', 'classification', 'cmdCode', 'value'];

/** The legacy download has exactly this many columns. */
export const LEGACY_COLUMNS = 35;

/** Which layout a CSV header is, or undefined when it is not a Comtrade header. */
export function detectLayout(header: readonly string[]): ComtradeLayout | undefined {
  const names = new Set(header.map((name) => name.trim()));
  if (names.has('primaryValue') && names.has('cmdCode')) return 'api';
  if (names.has('Commodity Code') && names.has('Trade Value (US$)')) return 'legacy';
  return undefined;
}

/** For each field, its position in the header (or undefined); the required ones missing, named. */
export function columnIndexes(layout: ComtradeLayout, header: readonly string[]): { indexes: Partial<Record<keyof ComtradeRecord, number>>; missing: string[] } {
  const position = new Map(header.map((name, index) => [name.trim(), index]));
  const indexes: Partial<Record<keyof ComtradeRecord, number>> = {};
  const missing: string[] = [];
  for (const [field, names] of Object.entries(FIELDS[layout]) as [keyof ComtradeRecord, readonly string[]][]) {
    const found = names.map((name) => position.get(name)).find((index) => index !== undefined);
    if (found !== undefined) indexes[field] = found;
    else if (REQUIRED.includes(field)) missing.push(names[0]!);
  }
  return { indexes, missing };
}

const text = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value).trim());

/** A CSV row's fields by name. */
export function recordFromFields(indexes: Partial<Record<keyof ComtradeRecord, number>>, fields: readonly string[]): ComtradeRecord {
  const get = (field: keyof ComtradeRecord) => {
    const index = indexes[field];
    return index === undefined ? undefined : text(fields[index]);
  };
  return {
    freq: get('freq'),
    period: get('period') ?? '',
    reporterCode: get('reporterCode') ?? '',
    reporterIso: get('reporterIso') || undefined,
    partnerCode: get('partnerCode') ?? '',
    partnerIso: get('partnerIso') || undefined,
    partner2Code: get('partner2Code') || undefined,
    flowCode: get('flowCode') ?? '',
    classification: get('classification') ?? '',
    cmdCode: get('cmdCode') ?? '',
    customsCode: get('customsCode') || undefined,
    motCode: get('motCode') || undefined,
    value: get('value') ?? '',
    cif: get('cif') || undefined,
    fob: get('fob') || undefined,
  };
}

/** An API record (an element of `data`), numbers kept as the text the file writes. */
export function recordFromApi(value: Record<string, unknown>): ComtradeRecord {
  return {
    freq: text(value.freqCode),
    period: text(value.period) ?? '',
    reporterCode: text(value.reporterCode) ?? '',
    reporterIso: text(value.reporterISO) || undefined,
    partnerCode: text(value.partnerCode) ?? '',
    partnerIso: text(value.partnerISO) || undefined,
    partner2Code: text(value.partner2Code) || undefined,
    flowCode: text(value.flowCode) ?? '',
    classification: text(value.classificationCode) ?? '',
    cmdCode: text(value.cmdCode) ?? '',
    customsCode: text(value.customsCode) || undefined,
    motCode: text(value.motCode) || undefined,
    value: text(value.primaryValue) ?? '',
    cif: text(value.cifvalue ?? value.cifValue) || undefined,
    fob: text(value.fobvalue ?? value.fobValue) || undefined,
  };
}

export type ComtradeOutcome =
  | { figure: TradeFlow; world: boolean }
  | { skip: string }
  | { field: string; message: string };

const FLOWS: Readonly<Record<string, TradeFlow['flow'] | null>> = {
  // API flow codes, then the legacy numeric ones (1 import, 2 export, 3 re-export, 4 re-import).
  M: 'import',
  X: 'export',
  '1': 'import',
  '2': 'export',
};

function systemOf(classification: string): TradeFlow['classification']['system'] {
  if (/^(H[0-9S]|HS)$/i.test(classification)) return 'HS';
  if (/^(S[1-4]|ST|SITC)$/i.test(classification)) return 'SITC';
  if (/^(BE|B[45]|BEC)$/i.test(classification)) return 'BEC';
  return 'other';
}

/** "2016" → "2016"; "201601" → "2016-01". */
export function periodOf(period: string): string | undefined {
  if (/^\d{4}$/.test(period)) return period;
  const month = /^(\d{4})(\d{2})$/.exec(period);
  return month && Number(month[2]) >= 1 && Number(month[2]) <= 12 ? `${month[1]}-${month[2]}` : undefined;
}

/** A decimal as the file writes it, "6804128143.0" read as "6804128143" (a float's trailing zero is no precision). */
export function decimalOf(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) {
    // Exponent notation from a float ("1.2e+10"): exact when it names an integer.
    if (/^-?\d+(\.\d+)?[eE][+-]?\d+$/.test(trimmed)) {
      const number = Number(trimmed);
      return Number.isSafeInteger(number) ? String(number) : undefined;
    }
    return undefined;
  }
  return trimmed.replace(/\.0+$/, '').replace(/^(-?)0+(?=\d)/, '$1');
}

/** The figure's id: the same key always gives the same id, so a new value for it is a revision. */
export function comtradeId(key: { reporter: string; partner: string; period: string; flow: string; classification: string; cmdCode: string }): string {
  const commodity = key.cmdCode.toUpperCase() === 'TOTAL' ? 'total' : `${key.classification}-${key.cmdCode}`;
  return slugify(`comtrade ${key.reporter} ${key.partner} ${key.period} ${key.flow} ${commodity}`, 120);
}

function partyOrProblem(lookup: CountryLookup, field: string): { party: string } | { world: true } | { skip: string } | { field: string; message: string } {
  if ('party' in lookup || 'world' in lookup) return lookup;
  if ('notCountry' in lookup) return { skip: `${field === 'reporter' ? 'reporter' : 'partner'} is an area or group, not a country` };
  return { field: field === 'reporter' ? 'reporterISO' : 'partnerISO', message: `unknown country code "${lookup.unknown}" (neither ISO 3166-1 nor a Comtrade area code)` };
}

/** Maps one Comtrade record to a trade figure (status draft, citing the file). */
export function comtradeFigure(row: ComtradeRecord, sourceId: string): ComtradeOutcome {
  const flow = FLOWS[row.flowCode.toUpperCase()];
  if (flow === undefined) return { skip: `flow ${row.flowCode} (re-exports, re-imports and processing flows are not stored)` };
  if (flow === null) return { skip: `flow ${row.flowCode}` };
  // Breakdowns by second partner, transport mode or customs procedure would repeat a total's key.
  if (row.partner2Code && row.partner2Code !== '0') return { skip: 'breakdown by second partner (only totals are stored)' };
  if (row.motCode && row.motCode !== '0') return { skip: 'breakdown by mode of transport (only totals are stored)' };
  if (row.customsCode && row.customsCode !== 'C00') return { skip: 'breakdown by customs procedure (only totals are stored)' };
  const period = periodOf(row.period);
  if (!period) return { field: 'period', message: `"${row.period}" is not a year (2016) or a month (201601)` };
  if (!row.cmdCode) return { field: 'cmdCode', message: 'the commodity code is empty' };
  const reporter = partyOrProblem(comtradeParty(row.reporterCode, row.reporterIso), 'reporter');
  if (!('party' in reporter)) return 'world' in reporter ? { field: 'reporterCode', message: 'the reporter cannot be the world' } : reporter;
  const partner = partyOrProblem(comtradeParty(row.partnerCode, row.partnerIso), 'partner');
  if ('skip' in partner || 'message' in partner) return partner;
  if (!row.value) return { skip: 'no trade value' };
  const amount = decimalOf(row.value);
  if (amount === undefined) return { field: 'primaryValue', message: `"${row.value.slice(0, 40)}" is not a number` };
  const world = 'world' in partner;
  const partnerCode = world ? 'WORLD' : partner.party;
  if (partnerCode === reporter.party) return { skip: 'trade of a reporter with itself' };
  const total = row.cmdCode.toUpperCase() === 'TOTAL';
  const valuation = row.cif !== undefined && decimalOf(row.cif) === amount ? 'CIF' : row.fob !== undefined && decimalOf(row.fob) === amount ? 'FOB' : undefined;
  const figure: TradeFlow = {
    id: comtradeId({ reporter: reporter.party, partner: partnerCode, period, flow, classification: row.classification, cmdCode: row.cmdCode }),
    status: 'draft',
    citations: [{ sourceId }],
    reporter: reporter.party,
    partner: partnerCode,
    period: { start: period },
    flow,
    // Comtrade states values to the dollar and names no rounding: the amount is exact, no precision is claimed.
    value: { amount, currency: 'USD' },
    classification: total ? { system: 'total', code: 'TOTAL' } : { system: systemOf(row.classification), code: row.cmdCode },
    ...(valuation ? { valuation } : {}),
    compiler: 'UN Comtrade',
    ...(total ? {} : { notes: `Comtrade classification ${row.classification}, commodity ${row.cmdCode}` }),
  };
  return { figure, world };
}

