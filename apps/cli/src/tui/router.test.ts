import { describe, expect, it } from 'vitest';
import { follow, initialState, reduce } from './router.js';

describe('the UI router', () => {
  it('opens, goes back (not past the first screen) and remembers the cursor', () => {
    let state = initialState();
    state = reduce(state, { type: 'move', cursor: 1, offset: 0 });
    state = reduce(state, { type: 'open', route: { screen: 'dossier', pair: 'KZ-LT' } });
    expect(state.stack).toHaveLength(2);
    state = reduce(state, { type: 'back' });
    expect(state.stack).toEqual([{ route: { screen: 'countries' }, cursor: 1, offset: 0 }]);
    expect(reduce(state, { type: 'back' })).toBe(state);
  });

  it('searches from the line typed; an empty search just closes the line', () => {
    let state = reduce(initialState(), { type: 'search', open: true });
    expect(reduce(state, { type: 'submit' }).stack).toHaveLength(1);
    state = reduce(state, { type: 'type', query: ' vasilenko ' });
    state = reduce(state, { type: 'submit' });
    expect(state.overlay).toBe('none');
    expect(state.stack.at(-1)!.route).toEqual({ screen: 'search', q: 'vasilenko' });
  });

  it('orders the countries and a country’s partners by the next measure, wrapping, each keeping its order and filter', () => {
    let state = reduce(initialState(), { type: 'filter', text: 'k' });
    state = reduce(state, { type: 'move', cursor: 2, offset: 1 });
    state = reduce(state, { type: 'order' });
    // From the top of the list in its new order; the filter stays.
    expect(state.stack).toEqual([{ route: { screen: 'countries', sort: 'meetings' }, cursor: 0, offset: 0, filter: 'k' }]);
    for (const sort of ['visits', 'agreements', 'relations', 'records', 'meetings'] as const) {
      state = reduce(state, { type: 'order' });
      expect(state.stack[0]!.route).toEqual({ screen: 'countries', sort });
    }
    state = reduce(state, { type: 'move', cursor: 1, offset: 0 });
    state = reduce(state, { type: 'open', route: { screen: 'country', code: 'KZ' } });
    state = reduce(state, { type: 'order' });
    expect(state.stack[1]!.route).toEqual({ screen: 'country', code: 'KZ', sort: 'meetings' });
    state = reduce(state, { type: 'order' });
    expect(state.stack[1]!.route).toEqual({ screen: 'country', code: 'KZ', sort: 'visits' });
    // Back on the countries: their own order, filter and selection.
    state = reduce(state, { type: 'back' });
    expect(state.stack).toEqual([{ route: { screen: 'countries', sort: 'meetings' }, cursor: 1, offset: 0, filter: 'k' }]);
    // Other screens have no order to change.
    const pairs = reduce(state, { type: 'open', route: { screen: 'pairs' } });
    expect(reduce(pairs, { type: 'order' })).toBe(pairs);
  });

  it('scrolls as little as needed to keep the cursor in view', () => {
    expect(follow(0, 5, 10, 100)).toBe(0);
    expect(follow(0, 9, 10, 100)).toBe(1);
    expect(follow(20, 15, 10, 100)).toBe(14);
    expect(follow(0, 99, 10, 100)).toBe(90);
  });
});
