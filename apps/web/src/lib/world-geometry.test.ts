import { describe, expect, it } from 'vitest';
import { LEFT_OFF, MAP_WIDTH, worldGeometry } from './world-geometry';

function bounds(d: string): { minX: number; maxX: number; minY: number; maxY: number } {
  // Absolute coordinates only: outlines are M/L/Z paths from d3-geo.
  const numbers = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const xs = numbers.map(([x]) => x);
  const ys = numbers.map(([, y]) => y);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

describe('worldGeometry', () => {
  const map = worldGeometry();

  it('is built once per process', () => {
    expect(worldGeometry()).toBe(map);
  });

  it('has one shape per code, the member states large and small, and no Antarctica', () => {
    const codes = map.shapes.flatMap((shape) => (shape.code ? [shape.code] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of ['KZ', 'LT', 'US', 'RU', 'BR', 'AU', 'ZA', 'XK']) expect(map.codes.has(code), code).toBe(true);
    // Too small for the coarse outlines: drawn as dots.
    for (const code of ['SG', 'MT', 'MV', 'LI']) expect(map.shapes.find((shape) => shape.code === code)?.dot, code).toBe(true);
    for (const code of LEFT_OFF) expect(map.codes.has(code)).toBe(false);
    expect(map.codes.size).toBeGreaterThan(200);
  });

  it('projects into the picture: Kazakhstan east of Lithuania and north of India', () => {
    const find = (code: string) => bounds(map.shapes.find((shape) => shape.code === code)!.d);
    const kz = find('KZ');
    const lt = find('LT');
    const india = find('IN');
    expect(kz.minX).toBeGreaterThan(lt.maxX);
    expect(kz.maxY).toBeLessThan(india.maxY);
    for (const shape of map.shapes.filter((s) => !s.dot)) {
      const box = bounds(shape.d);
      expect(box.minX, shape.name).toBeGreaterThanOrEqual(-1);
      expect(box.maxX, shape.name).toBeLessThanOrEqual(MAP_WIDTH + 1);
      expect(box.minY, shape.name).toBeGreaterThanOrEqual(-1);
      expect(box.maxY, shape.name).toBeLessThanOrEqual(map.height + 1);
    }
  });

  it('stays small enough to inline in a page', () => {
    const size = map.shapes.reduce((total, shape) => total + shape.d.length, 0);
    expect(size).toBeLessThan(160_000);
  });
});

describe('worldSprite', () => {
  it('holds every shape once by id, with no paint of its own so pages can shade it', async () => {
    const { worldSprite } = await import('./world-geometry');
    const sprite = worldSprite();
    const ids = [...sprite.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(worldGeometry().shapes.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const code of worldGeometry().codes) expect(ids).toContain(code);
    expect(sprite).not.toMatch(/fill=|stroke=|style=/);
    expect(worldSprite()).toBe(sprite);
  });
});
