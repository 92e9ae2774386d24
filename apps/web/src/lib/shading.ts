/*
 * Shading a map by a count: the positive values split into up to five classes of about
 * as many countries each (quantiles), so a few very busy countries do not leave the rest
 * of the world in one pale colour. Class 0 is "nothing recorded". Pure, for the map and
 * its legend alike.
 */

export const SHADE_CLASSES = 5;

export interface ShadeStep {
  shade: number;
  /** Counts from … to …, both included. */
  from: number;
  to: number;
}

export interface ShadeScale {
  steps: ShadeStep[];
  shadeOf(value: number | undefined): number;
}

export function shadeScale(values: Iterable<number>, classes = SHADE_CLASSES): ShadeScale {
  const sorted = [...values].filter((value) => value > 0).sort((a, b) => a - b);
  const uppers: number[] = [];
  for (let k = 1; k <= classes && sorted.length > 0; k++) {
    const upper = sorted[Math.ceil((k * sorted.length) / classes) - 1]!;
    if (uppers.at(-1) !== upper) uppers.push(upper);
  }
  // With fewer distinct values than classes, spread them over the range so the darkest
  // shade always means the most.
  const offset = classes - uppers.length;
  const steps = uppers.map((to, index) => ({ shade: index + 1 + Math.floor((offset * (index + 1)) / uppers.length), from: index === 0 ? 1 : uppers[index - 1]! + 1, to }));
  return {
    steps,
    shadeOf(value) {
      if (!value || value <= 0) return 0;
      return (steps.find((step) => value <= step.to) ?? steps.at(-1))?.shade ?? 0;
    },
  };
}
