import { MEASURE_LABELS, MEASURES, type Measure } from '~/lib/measures';

/** The measure as links (it lives in the URL, so the choice works without JavaScript and can be shared). */
export function MeasureLinks({ current, hrefFor, label }: { current: Measure; hrefFor: (measure: Measure) => string; label: string }) {
  return (
    <nav className="measure-links" aria-label={label}>
      <span className="muted">{label}:</span>
      <ul className="plain-list">
        {MEASURES.map((measure) => (
          <li key={measure}>
            <a href={hrefFor(measure)} aria-current={measure === current ? 'true' : undefined} data-measure={measure}>
              {MEASURE_LABELS[measure]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
