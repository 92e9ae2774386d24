/*
 * What the world views count. The list and its labels live in @bilat/domain (every view
 * and the API share them); here only what pages need on top: reading one from a URL and
 * a count in words.
 */
import { DEFAULT_WORLD_MEASURE, MEASURES, PAIR_SORTS, type Measure, type PairSort } from '@bilat/domain';

export { DEFAULT_WORLD_MEASURE, MEASURE_LABELS, MEASURES, PAIR_SORT_LABELS, PAIR_SORTS, type Measure, type PairSort } from '@bilat/domain';

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** A measure from a URL parameter; anything else (absent, misspelt) is the world views' default (every record). */
export function measureParam(value: string | string[] | undefined): Measure {
  const text = one(value);
  return (MEASURES as readonly string[]).includes(text) ? (text as Measure) : DEFAULT_WORLD_MEASURE;
}

/** A way to sort pairs from a URL parameter, or undefined when it names none. */
export function pairSortParam(value: string | string[] | undefined): PairSort | undefined {
  const text = one(value);
  return (PAIR_SORTS as readonly string[]).includes(text) ? (text as PairSort) : undefined;
}

export function isMeasure(sort: PairSort): sort is Measure {
  return (MEASURES as readonly string[]).includes(sort);
}

// One formatter for the process: Number.prototype.toLocaleString builds a new one on every call
// (tens of microseconds each, and a map or table of a few hundred counts calls it hundreds of times).
const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

/** A count with thousands separators: "12,345". */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}

const ONE: Readonly<Record<Measure, string>> = { meetings: 'meeting', visits: 'visit', agreements: 'agreement', relations: 'relations event', records: 'record' };
const MANY: Readonly<Record<Measure, string>> = { meetings: 'meetings', visits: 'visits', agreements: 'agreements', relations: 'relations events', records: 'records' };

/** What a measure counts, in words: "meetings", "relations events", "records" (not the label "All records"). */
export function measureNoun(measure: Measure): string {
  return MANY[measure];
}

/** "12 meetings", "1 relations event", "3 records" — a count in the measure's words. */
export function measureCount(measure: Measure, count: number): string {
  return `${formatCount(count)} ${count === 1 ? ONE[measure] : MANY[measure]}`;
}
