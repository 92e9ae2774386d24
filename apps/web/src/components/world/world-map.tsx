import { comparePartiesByName, partyName } from '@bilat/domain';
import { useId } from 'react';
import { formatCount, measureCount, measureNoun, MEASURE_LABELS, type Measure } from '~/lib/measures';
import { countryHref } from '~/lib/links';
import { shadeScale } from '~/lib/shading';
import { SPRITE_PATH, worldGeometry } from '~/lib/world-geometry';

interface Props {
  /** The count per party code; codes absent count 0. */
  values: ReadonlyMap<string, number>;
  measure: Measure;
  /** What the map shows, as its caption ("Records in bilat, by country"). */
  caption: string;
  /** A country drawn apart (the country whose partners are shaded). */
  self?: string;
  /** Where a shape leads; a country's own page by default. */
  hrefFor?: (code: string) => string;
}

/**
 * The world, one link per country shaded by a count: the outlines are drawn once into a
 * sprite the browser caches (world-geometry), so a page only names a shape and its class. A legend, a skip link for
 * keyboard users and the values as a table go with it.
 */
export function WorldMap({ values, measure, caption, self, hrefFor = countryHref }: Props) {
  const id = useId();
  const map = worldGeometry();
  const scale = shadeScale([...values].filter(([code]) => code !== self && map.codes.has(code)).map(([, value]) => value));
  const listed = [...values].filter(([code, value]) => value > 0 && code !== self).sort((a, b) => b[1] - a[1] || comparePartiesByName(a[0], b[0]));
  const unit = measureNoun(measure);
  return (
    <figure className="world-map" data-measure={measure}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <a className="skip-map" href={`#${id}-after`}>
        Skip the map
      </a>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby={`${id}-caption`} data-testid="world-map">
        {map.shapes.map((shape) => {
          if (!shape.code) return <use key={shape.id} className="map-uncoded" href={`${SPRITE_PATH}#${shape.id}`} />;
          const value = values.get(shape.code) ?? 0;
          const isSelf = shape.code === self;
          const label = isSelf ? `${shape.name} (this country)` : `${shape.name}: ${measureCount(measure, value)}`;
          return (
            <a
              key={shape.code}
              href={hrefFor(shape.code)}
              className={`${isSelf ? 'map-self' : `shade-${scale.shadeOf(value)}`}${shape.dot ? ' map-dot' : ''}`}
              data-code={shape.code}
              data-value={isSelf ? undefined : value}
              aria-label={label}
            >
              <title>{label}</title>
              <use href={`${SPRITE_PATH}#${shape.id}`} />
            </a>
          );
        })}
      </svg>
      <ul className="map-legend plain-list" aria-label={`Legend: ${unit}`}>
        <li>
          <span className="swatch shade-0" aria-hidden="true" />
          none recorded
        </li>
        {scale.steps.map((step) => (
          <li key={step.shade} data-shade={step.shade}>
            <span className={`swatch shade-${step.shade}`} aria-hidden="true" />
            {step.from === step.to ? measureCount(measure, step.to) : `${formatCount(step.from)}–${measureCount(measure, step.to)}`}
          </li>
        ))}
        {self && (
          <li>
            <span className="swatch map-self" aria-hidden="true" />
            {partyName(self)}
          </li>
        )}
      </ul>
      <details className="map-table" id={`${id}-after`}>
        <summary>
          The map as a table ({formatCount(listed.length)} {listed.length === 1 ? 'country' : 'countries'} with {unit})
        </summary>
        <div className="table-wrap">
          <table data-testid="map-table">
            <caption>{caption}, most first</caption>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col" className="num">
                  {MEASURE_LABELS[measure]}
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.map(([code, value]) => (
                <tr key={code} data-code={code}>
                  <td>
                    <a href={hrefFor(code)}>{partyName(code)}</a>
                  </td>
                  <td className="num">{formatCount(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
