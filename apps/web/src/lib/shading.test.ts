import { describe, expect, it } from 'vitest';
import { shadeScale } from './shading';

describe('shadeScale', () => {
  it('splits positive counts into five classes of about as many countries each', () => {
    const scale = shadeScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 0]);
    expect(scale.steps).toEqual([
      { shade: 1, from: 1, to: 2 },
      { shade: 2, from: 3, to: 4 },
      { shade: 3, from: 5, to: 6 },
      { shade: 4, from: 7, to: 8 },
      { shade: 5, from: 9, to: 10 },
    ]);
    expect(scale.shadeOf(0)).toBe(0);
    expect(scale.shadeOf(undefined)).toBe(0);
    expect(scale.shadeOf(1)).toBe(1);
    expect(scale.shadeOf(8)).toBe(4);
    expect(scale.shadeOf(10)).toBe(5);
  });

  it('keeps one very busy country from flattening the rest', () => {
    const scale = shadeScale([1, 1, 2, 2, 3, 3, 4, 4, 5, 1000]);
    expect(scale.shadeOf(1000)).toBe(5);
    expect(scale.shadeOf(2)).toBeLessThan(scale.shadeOf(4));
  });

  it('gives the darkest shade to the most even when few distinct counts exist', () => {
    const scale = shadeScale([3, 3, 3, 7]);
    expect(scale.steps.map((step) => step.shade).at(-1)).toBe(5);
    expect(scale.shadeOf(7)).toBe(5);
    expect(scale.shadeOf(3)).toBeGreaterThan(0);
    expect(scale.shadeOf(3)).toBeLessThan(5);
    expect(shadeScale([4]).shadeOf(4)).toBe(5);
  });

  it('has no steps when nothing is recorded', () => {
    const scale = shadeScale([0, 0]);
    expect(scale.steps).toEqual([]);
    expect(scale.shadeOf(0)).toBe(0);
  });
});
