/*
 * What the world views count: the measure a map is shaded by and a table is ranked by.
 * TODO(world): @bilat/domain gains `measureSchema` and its labels with the summaries
 * (branch `world`); this list then becomes a re-export of it.
 */

export const MEASURES = ['meetings', 'visits', 'agreements', 'relations', 'records'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  meetings: 'Meetings',
  visits: 'Visits',
  agreements: 'Agreements',
  relations: 'Relations events',
  records: 'All records',
};

/** A measure from a URL parameter; anything else (absent, misspelt) is meetings. */
export function measureParam(value: string | string[] | undefined): Measure {
  const text = Array.isArray(value) ? value[0] : value;
  return (MEASURES as readonly string[]).includes(text ?? '') ? (text as Measure) : 'meetings';
}

/** "12 meetings", "1 relations event", "3 records" — a count in the measure's words. */
export function measureCount(measure: Measure, count: number): string {
  const one: Record<Measure, string> = { meetings: 'meeting', visits: 'visit', agreements: 'agreement', relations: 'relations event', records: 'record' };
  const many: Record<Measure, string> = { meetings: 'meetings', visits: 'visits', agreements: 'agreements', relations: 'relations events', records: 'records' };
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one[measure] : many[measure]}`;
}
