/**
 * What a country or pair can be measured by in the world views (the map's shading, the
 * partners table, `bilat countries --sort`): the one list, with the labels every view shows.
 * Plain constants (also `@bilat/domain/measures`), so the command line can offer them
 * without loading zod; the schemas are in measure-schemas.ts.
 */
export const MEASURES = ['meetings', 'visits', 'agreements', 'relations', 'records'] as const;

export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Readonly<Record<Measure, string>> = Object.freeze({
  meetings: 'Meetings',
  visits: 'Visits',
  agreements: 'Agreements',
  relations: 'Relations events',
  records: 'All records',
});

/**
 * What the world's first views rank and shade by (the home map, the terminal UI's
 * countries): every record, since what is held about most countries is visits and
 * relations events (the Office of the Historian's data), not meetings, and a view by
 * meetings left nearly every country blank. A measure given in the URL or a flag wins.
 */
export const DEFAULT_WORLD_MEASURE: Measure = 'records';

/** A measure's column heading in tables (`bilat pairs`, `bilat countries`, `bilat country`, the terminal UI's lists): one word each, the same everywhere. */
export const MEASURE_COLUMN_HEADERS: Readonly<Record<Measure, string>> = Object.freeze({
  meetings: 'meetings',
  visits: 'visits',
  agreements: 'agreements',
  relations: 'relations',
  records: 'records',
});

/** How a list of pairs can be ordered: by a measure, by years of trade, by the latest meeting, or by the pair's code. */
export const PAIR_SORTS = [...MEASURES, 'trade', 'latest', 'pair'] as const;
export type PairSort = (typeof PAIR_SORTS)[number];

export const PAIR_SORT_LABELS: Readonly<Record<PairSort, string>> = Object.freeze({
  ...MEASURE_LABELS,
  trade: 'Years of trade',
  latest: 'Latest meeting',
  pair: 'Pair',
});
