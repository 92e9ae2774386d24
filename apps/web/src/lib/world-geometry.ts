import { nameForSorting, partyFromNumeric, partyName } from '@bilat/domain';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json' with { type: 'json' };
import fine from 'world-atlas/countries-50m.json' with { type: 'json' };

/*
 * The world map's shapes, projected once per process: Natural Earth's countries from the
 * `world-atlas` package (1:110 million, small enough to inline in a page), with a dot for
 * each country too small for that scale (Singapore, Malta, the island states), placed at
 * its centre in the 1:50 million set. Pages shade the shapes per request by class only.
 */

export const MAP_WIDTH = 960;

/** Antarctica is no party to bilateral relations and would take a fifth of the picture. */
export const LEFT_OFF = new Set(['AQ']);

/** Shapes Natural Earth leaves without an ISO number, by its name: those that have a code. */
const UNNUMBERED: Readonly<Record<string, string>> = { Kosovo: 'XK' };

export interface MapShape {
  /** The party code (ISO alpha-2, or XK), or null for land no code names (Somaliland, N. Cyprus). */
  code: string | null;
  /** The shape's id in the sprite: its code, or `land-N` for land without one. */
  id: string;
  name: string;
  /** The SVG path: the outline, or a small circle for a country drawn as a dot. */
  d: string;
  dot: boolean;
}

export interface WorldGeometry {
  width: number;
  height: number;
  /** Outlines first (alphabetical by name, so Tab goes through them in reading order), dots last (drawn on top). */
  shapes: MapShape[];
  /** The codes with a shape, for the text alternative and tests. */
  codes: ReadonlySet<string>;
}

type CountryFeature = Feature<Geometry, { name: string }>;

function countriesOf(topology: unknown): CountryFeature[] {
  const typed = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (feature(typed, typed.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

function codeOf(country: CountryFeature): string | null {
  const code = country.id !== undefined ? partyFromNumeric(String(country.id)) : UNNUMBERED[country.properties.name];
  return code ?? null;
}

const DOT_RADIUS = 2.6;

function circle([x, y]: [number, number]): string {
  const r = DOT_RADIUS;
  return `M${(x - r).toFixed(1)},${y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0z`;
}

function build(): WorldGeometry {
  const outlines = countriesOf(coarse).filter((country) => !LEFT_OFF.has(codeOf(country) ?? ''));
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'FeatureCollection', features: outlines });
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds({ type: 'FeatureCollection', features: outlines });
  const height = Math.ceil(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);

  // One entry per code: Natural Earth splits a few countries into several features.
  const byCode = new Map<string, MapShape>();
  const shapes: MapShape[] = [];
  for (const country of outlines) {
    const d = path(country);
    if (!d) continue;
    const code = codeOf(country);
    const existing = code ? byCode.get(code) : undefined;
    if (existing) {
      existing.d += d;
      continue;
    }
    const shape: MapShape = { code, id: code ?? `land-${shapes.length}`, name: code ? partyName(code) : country.properties.name, d, dot: false };
    if (code) byCode.set(code, shape);
    shapes.push(shape);
  }
  const dots: MapShape[] = [];
  for (const country of countriesOf(fine)) {
    const code = codeOf(country);
    if (!code || byCode.has(code) || LEFT_OFF.has(code)) continue;
    const centre = path.centroid(country);
    if (!Number.isFinite(centre[0]) || !Number.isFinite(centre[1])) continue;
    const shape: MapShape = { code, id: code, name: partyName(code), d: circle(centre), dot: true };
    byCode.set(code, shape);
    dots.push(shape);
  }
  const byName = (a: MapShape, b: MapShape) => nameForSorting(a.name).localeCompare(nameForSorting(b.name), 'en');
  return { width: MAP_WIDTH, height, shapes: [...shapes.sort(byName), ...dots.sort(byName)], codes: new Set(byCode.keys()) };
}

let cached: WorldGeometry | undefined;

/** The projected map, built on first use and kept for the life of the process. */
export function worldGeometry(): WorldGeometry {
  cached ??= build();
  return cached;
}

/** Where pages point `<use>` at a shape: the sprite route serves every path once, cached by the browser. */
export const SPRITE_PATH = '/map/world.svg';

let sprite: string | undefined;

/**
 * Every shape as a path with its id and no paint of its own, so each page's `<use>`
 * passes on the fill (the shade) and stroke (hover, focus) of its link. Pages then carry
 * ids and classes only, not 120 KB of outlines twice (in the HTML and in its RSC payload).
 */
export function worldSprite(): string {
  if (sprite) return sprite;
  const map = worldGeometry();
  const paths = map.shapes.map((shape) => `<path id="${shape.id}" d="${shape.d}"/>`).join('');
  sprite = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">${paths}</svg>`;
  return sprite;
}
