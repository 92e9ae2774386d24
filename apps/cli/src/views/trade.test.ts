import { describe, expect, it } from 'vitest';
import { bar } from './trade.js';

describe('trade chart', () => {
  it('bars are drawn in eighths of a cell, and a small value still shows', () => {
    expect(bar(1, 10)).toBe('█'.repeat(10));
    expect(bar(0.5, 10)).toBe('█████');
    expect(bar(0.55, 10)).toBe('█████▌');
    expect(bar(0.001, 10)).toBe('▏');
    expect(bar(0, 10)).toBe('');
  });
});
