import { firstDay, lastDay, type PartialDate, type RangeMatch } from './partial-date.js';
import type { Holding } from './records/index.js';

/**
 * Whether a holding covers a day (or a month, or a year): `exact` when its known bounds
 * or an attestation cover the whole date, `approximate` when partial dates leave room
 * for doubt, `none` when it is known not to, or when nothing says it does. A holding
 * with no end is taken as still running.
 */
export function holdingOnDate(holding: Pick<Holding, 'start' | 'end' | 'attestations'>, on: PartialDate): RangeMatch {
  const onFirst = firstDay(on);
  const onLast = lastDay(on);
  const { start, end } = holding;
  if (start && firstDay(start) > onLast) return 'none';
  if (end && lastDay(end) < onFirst) return 'none';
  if (start) {
    const surelyStarted = lastDay(start) <= onFirst;
    const surelyNotEnded = !end || firstDay(end) >= onLast;
    return surelyStarted && surelyNotEnded ? 'exact' : 'approximate';
  }
  // No start known: only an attestation says the post was held at a given time.
  for (const attestation of holding.attestations) {
    if (lastDay(attestation.on) < onFirst || firstDay(attestation.on) > onLast) continue;
    return firstDay(attestation.on) <= onFirst && lastDay(attestation.on) >= onLast ? 'exact' : 'approximate';
  }
  return 'none';
}
