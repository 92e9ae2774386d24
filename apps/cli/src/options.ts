import { Option, type Command } from 'commander';
import { UsageError } from './errors.js';

/*
 * Checks of what the user typed, made before anything is loaded or opened, so a bad date
 * or pair is exit 2 with the value named, at once. These use small local checks rather
 * than the domain package, which keeps `bilat meetings --json` quick to start.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for `2024`, `2024-05` and real days such as `2024-02-29`; the domain's rule, checked here without loading it. */
export function isDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first and last day a partial date may stand for, as YYYY-MM-DD (for comparing ranges). */
function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

function lastDay(date: string): string {
  const [year, month, day] = date.split('-');
  const lastMonth = month ?? '12';
  return `${year}-${lastMonth}-${day ?? String(daysInMonth(Number(year), Number(lastMonth))).padStart(2, '0')}`;
}

/** A date option's value, checked: `--from 2024-13` is refused naming "2024-13". */
export function parseDate(flag: string, value: string): string {
  if (!isDate(value)) throw new UsageError(`${flag} "${value}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-05, 2024-05-14)`);
  return value;
}

/** A date or an ISO 8601 instant (`bilat changes --since 2024-06-20T12:00:00Z`). */
export function parseDateOrInstant(flag: string, value: string): string {
  if (isDate(value)) return value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new UsageError(`${flag} "${value}" is not a date: expected YYYY-MM-DD (or an ISO 8601 instant such as 2024-06-20T12:00:00Z)`);
}

/** Party codes are two letters (ISO 3166-1, EU) or four (ISO 3166-3 former states, bilat's historical states). */
const PARTY_CODE_SHAPE = /^(?:[A-Z]{2}|[A-Z]{4})$/;

/** A country or party code, upper-cased: `kz` → `KZ`. Whether it exists is the API's to say. */
export function parseParty(flag: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!PARTY_CODE_SHAPE.test(code)) {
    throw new UsageError(`${flag} "${value}" is not a country code: expected two letters (ISO 3166-1 alpha-2, e.g. KZ) or four for a former state (e.g. SUHH, XHAW)`);
  }
  return code;
}

/**
 * Checks that country codes name a party bilat knows (ISO 3166-1, XK, EU), so `--country XX`
 * is refused naming "XX". The domain package is loaded only when a code was given.
 */
export async function checkParties(flags: Record<string, string | undefined>): Promise<void> {
  const given = Object.entries(flags).filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (given.length === 0) return;
  const { isPartyCode } = await import('@bilat/domain/parties');
  for (const [flag, code] of given) {
    if (!isPartyCode(code)) throw new UsageError(`${flag} "${code}" is not a country code bilat knows (ISO 3166-1 alpha-2, e.g. KZ, EU, or a former state, e.g. SUHH)`);
  }
}

/** `--region`, refused naming the option unless it is a UN M49 region or sub-region (name or code), on the local file and with `--api` alike. */
export async function checkRegion(region: string | undefined): Promise<void> {
  if (region === undefined) return;
  const { findRegion } = await import('@bilat/domain/regions');
  if (!findRegion(region)) throw new UsageError(`--region "${region}" is not a UN M49 region bilat knows: give a region or sub-region name (Central Asia) or code (143)`);
}

/** A pair's `<pair...>` arguments (see `parsePairArgs`), refused unless both codes name known parties: `KZ XX` is refused naming "XX". */
export async function parseKnownPair(args: readonly string[]): Promise<string> {
  const pair = parsePairArgs(args);
  const { isPartyCode } = await import('@bilat/domain/parties');
  const unknown = pair.split('-').filter((code) => !isPartyCode(code));
  if (unknown.length) throw new UsageError(`Unknown country code ${unknown.map((code) => `"${code}"`).join(' and ')} in the pair ${pair} (ISO 3166-1 alpha-2, e.g. KZ LT)`);
  return pair;
}

/**
 * A pair from one or two arguments: `KZ LT`, `KZ-LT`, `lt-kz`, `KZ/LT`. Written the
 * canonical way (alphabetical, upper case) so every command and the API agree.
 */
export function parsePairArgs(args: readonly string[]): string {
  const text = args.join(' ');
  const parts = text.trim().toUpperCase().split(/[-/_:,\s]+/).filter(Boolean);
  if (parts.length !== 2 || parts.some((part) => !PARTY_CODE_SHAPE.test(part))) {
    throw new UsageError(`"${text}" is not a pair of countries: write it as two codes, e.g. KZ LT, KZ-LT or lt-kz`);
  }
  const [a, b] = parts as [string, string];
  if (a === b) throw new UsageError(`A pair needs two different countries, got ${a} twice`);
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

export function parseLimit(flag: string, value: string, max = 500): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${value}"`);
  return number;
}

/** The output formats a command offers; at most one may be asked for. */
export type Format = 'table' | 'json' | 'csv' | 'ics' | 'md';

const FORMAT_HELP: Record<Exclude<Format, 'table'>, string> = {
  json: 'print one JSON document on stdout',
  csv: 'print CSV (RFC 4180) with a header row',
  ics: 'print an iCalendar (RFC 5545) calendar',
  md: 'print a Markdown briefing with numbered source notes',
};

export function addFormatOptions(command: Command, formats: readonly Exclude<Format, 'table'>[]): Command {
  for (const format of formats) command.option(`--${format}`, FORMAT_HELP[format]);
  return command;
}

export function formatOf(options: Partial<Record<Exclude<Format, 'table'>, boolean>>): Format {
  const chosen = (['json', 'csv', 'ics', 'md'] as const).filter((format) => options[format]);
  if (chosen.length > 1) throw new UsageError(`Choose one output format, not ${chosen.map((format) => `--${format}`).join(' and ')}`);
  return chosen[0] ?? 'table';
}

export interface PageOptions {
  limit?: string;
  cursor?: string;
  all?: boolean;
}

/** `--limit`, `--cursor` and `--all`, as every list has them. */
export function addPageOptions(command: Command, defaultLimit = 50, max = 500): Command {
  return command
    .addOption(new Option('--limit <n>', `how many to show per page (1–${max}; default ${defaultLimit})`))
    .option('--cursor <cursor>', 'continue after the previous page (its nextCursor)')
    .option('--all', 'every page, not just the first');
}

export function pageRequest(options: PageOptions, defaultLimit = 50, max = 500): { limit: number; cursor?: string; all: boolean } {
  if (options.all && options.cursor) throw new UsageError('Give --all or --cursor, not both');
  const limit = options.limit === undefined ? defaultLimit : parseLimit('--limit', options.limit, max);
  // With --all and no --limit, fetch in the largest pages the API allows.
  return { limit: options.all && options.limit === undefined ? max : limit, cursor: options.cursor, all: Boolean(options.all) };
}

/** `--country`/`--partner`/`--from`/`--to`/`--q`, as the API's lists take them. */
export interface FilterOptions {
  country?: string;
  partner?: string;
  from?: string;
  to?: string;
  q?: string;
  status?: string;
}

export function addFilterOptions(command: Command, which: readonly (keyof FilterOptions)[] = ['country', 'partner', 'from', 'to', 'q', 'status']): Command {
  const help: Record<keyof FilterOptions, [string, string]> = {
    country: ['--country <code>', 'about this country (ISO 3166-1 alpha-2, e.g. KZ)'],
    partner: ['--partner <code>', 'with --country: between the two (e.g. LT)'],
    from: ['--from <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; overlapping counts)'],
    to: ['--to <date>', 'on or before this date'],
    q: ['--q <text>', 'only those matching these words'],
    status: ['--status <status>', 'verified or draft'],
  };
  for (const key of which) command.option(help[key][0], help[key][1]);
  return command;
}

export function filterRequest(options: FilterOptions) {
  if (options.partner && !options.country) throw new UsageError('--partner needs --country (e.g. --country KZ --partner LT)');
  if (options.status && options.status !== 'verified' && options.status !== 'draft') {
    throw new UsageError(`--status must be verified or draft, got "${options.status}"`);
  }
  const from = options.from === undefined ? undefined : parseDate('--from', options.from);
  const to = options.to === undefined ? undefined : parseDate('--to', options.to);
  if (from && to && firstDay(from) > lastDay(to)) throw new UsageError(`--from ${from} is after --to ${to}`);
  return {
    country: options.country === undefined ? undefined : parseParty('--country', options.country),
    partner: options.partner === undefined ? undefined : parseParty('--partner', options.partner),
    from,
    to,
    q: options.q,
    status: options.status as 'verified' | 'draft' | undefined,
  };
}

/** A choice among fixed values, refused naming the value and the choices. */
export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${choices.join(', ')}; got "${value}"`);
  return value as T;
}
