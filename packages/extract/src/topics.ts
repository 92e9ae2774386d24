/** Keywords that name the shared topics of the domain (`TOPIC_LABELS`). */
const TOPICS: [string, RegExp][] = [
  ['bilateral-agenda', /\bbilateral\s+(?:agenda|relations|cooperation|ties)\b|\bbilateral and multilateral\b/i],
  ['multilateral-agenda', /\bmultilateral\b/i],
  ['trade', /\btrade\b/i],
  ['economy', /\beconom(?:y|ic)\b/i],
  ['investment', /\binvest(?:ment|ments|ors?)?\b/i],
  ['transport', /\btransport\b|\brail(?:way)?s?\b|\bcontainer\b|\bMiddle Corridor\b/i],
  ['logistics', /\blogistic/i],
  ['transit', /\btransit\b/i],
  ['energy', /\benergy\b|\belectricity\b|\bgas\b|\bhydropower\b/i],
  ['infrastructure', /\binfrastructure\b/i],
  ['legal-framework', /\blegal\s+(?:framework|basis|base)\b|\btreaty\s+base\b/i],
  ['culture', /\bcultur(?:e|al)\b/i],
  ['humanitarian', /\bhumanitarian\b/i],
  ['education', /\beducation\b|\bvocational\b|\bstudents?\b/i],
  ['international-support', /\binternational\s+(?:platforms|organi[sz]ations|fora|bodies)\b|\bcandidacies\b|\bcandidates\b/i],
  ['parliamentary', /\b(?:inter)?parliamentary\b/i],
  ['security', /\bsecurity\b/i],
  ['agriculture', /\bagricultur/i],
  ['digital', /\bdigital/i],
];

/** The topics a stretch of text speaks of, in the domain's order. */
export function topicsOf(text: string): string[] {
  return TOPICS.filter(([, pattern]) => pattern.test(text)).map(([topic]) => topic);
}
