import { describe, expect, it } from 'vitest';
import { confidenceLabel, factValueLabel, inboxCommand, waitingLabel } from '../src/inbox.js';

describe('the inbox keys and words', () => {
  it('map the same keys to the same commands on the web and in Ink', () => {
    expect(['j', 'ArrowDown', 'down'].map((key) => inboxCommand(key))).toEqual(['next', 'next', 'next']);
    expect(['k', 'ArrowUp', 'up'].map((key) => inboxCommand(key))).toEqual(['previous', 'previous', 'previous']);
    expect(['a', 'e', 'r'].map((key) => inboxCommand(key))).toEqual(['accept', 'edit', 'reject']);
    expect(inboxCommand('A')).toBeUndefined();
    expect(inboxCommand('x')).toBeUndefined();
    // Ctrl+R reloads a browser page; it is not a rejection.
    expect(inboxCommand('r', { ctrl: true })).toBeUndefined();
    expect(inboxCommand('a', { meta: true })).toBeUndefined();
  });

  it('say confidences, values and counts in words', () => {
    expect(confidenceLabel(0.826)).toBe('83%');
    expect(confidenceLabel(1.2)).toBe('100%');
    expect(confidenceLabel(Number.NaN)).toBe('–');
    expect(factValueLabel({ start: '2024-06-20', qualifier: 'stated' })).toBe('2024-06-20');
    expect(factValueLabel({ start: '2024-06-20', end: '2024-06-21' })).toBe('2024-06-20 – 2024-06-21');
    expect(factValueLabel(['KZ', 'LT'])).toBe('KZ, LT');
    expect(factValueLabel({ name: 'Roman Vassilenko', id: 'x' })).toBe('Roman Vassilenko');
    expect(factValueLabel({ country: 'LT' })).toBe('{"country":"LT"}');
    expect(factValueLabel(null)).toBe('–');
    expect(waitingLabel(1)).toBe('1 proposal waiting');
    expect(waitingLabel(3)).toBe('3 proposals waiting');
  });
});
