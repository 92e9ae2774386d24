/** A small line of counts per year (no axes: the table beside it has the numbers), on a shared range of years so rows compare. */
export function Sparkline({ points, from, to, label }: { points: ReadonlyArray<{ year: number; value: number }>; from: number; to: number; label: string }) {
  const width = 96;
  const height = 22;
  const max = Math.max(1, ...points.map((point) => point.value));
  const span = Math.max(1, to - from);
  const byYear = new Map(points.map((point) => [point.year, point.value]));
  // Every year of the range, zeros included, so a gap reads as a gap.
  const coordinates: string[] = [];
  for (let year = from; year <= to; year++) {
    const x = ((year - from) / span) * (width - 2) + 1;
    const y = height - 1 - ((byYear.get(year) ?? 0) / max) * (height - 2);
    coordinates.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <polyline points={coordinates.join(' ')} />
    </svg>
  );
}

/** "Meetings per year, 1992–2024: most in 2010 (5)" — the words a sparkline stands for. */
export function sparklineLabel(what: string, points: ReadonlyArray<{ year: number; value: number }>, from: number, to: number): string {
  const peak = points.reduce<{ year: number; value: number } | undefined>((best, point) => (point.value > (best?.value ?? 0) ? point : best), undefined);
  return peak ? `${what} per year, ${from}–${to}: most in ${peak.year} (${peak.value})` : `${what} per year: none dated`;
}
