import { MEASURE_COLUMN_HEADERS, type Measure } from '@bilat/domain/measures';

/**
 * What a list ranked by a measure says of its order, in the words of its column heading
 * (@bilat/domain's MEASURE_COLUMN_HEADERS): "most records first", "most meetings first".
 * The terminal UI's countries and a country's partners, and `bilat country`, say it so.
 */
export function mostFirst(measure: Measure): string {
  return `most ${MEASURE_COLUMN_HEADERS[measure]} first`;
}
