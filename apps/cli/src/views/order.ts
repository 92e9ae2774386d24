import { DEFAULT_WORLD_MEASURE, MEASURE_COLUMN_HEADERS, MEASURES, type Measure } from '@bilat/domain/measures';

/**
 * What a list ranked by a measure says of its order, in the words of its column heading
 * (@bilat/domain's MEASURE_COLUMN_HEADERS): "most records first", "most meetings first".
 * The terminal UI's countries and a country's partners, and `bilat country`, say it so.
 */
export function mostFirst(measure: Measure): string {
  return `most ${MEASURE_COLUMN_HEADERS[measure]} first`;
}

/** The measure a ranked list of the terminal UI (the countries, a country's partners) is in: the one chosen, else DEFAULT_WORLD_MEASURE. */
export function orderOf(route: { sort?: Measure }): Measure {
  return route.sort ?? DEFAULT_WORLD_MEASURE;
}

/** The measure after `measure` in @bilat/domain's MEASURES, the first after the last: what the terminal UI's Ctrl-O ranks by next. */
export function nextMeasure(measure: Measure): Measure {
  return MEASURES[(MEASURES.indexOf(measure) + 1) % MEASURES.length]!;
}
