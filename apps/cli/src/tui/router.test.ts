import { describe, expect, it } from 'vitest';
import { follow, initialState, reduce } from './router.js';

describe('the UI router', () => {
  it('opens, goes back (not past the first screen) and remembers the cursor', () => {
    let state = initialState();
    state = reduce(state, { type: 'move', cursor: 1, offset: 0 });
    state = reduce(state, { type: 'open', route: { screen: 'dossier', pair: 'KZ-LT' } });
    expect(state.stack).toHaveLength(2);
    state = reduce(state, { type: 'back' });
    expect(state.stack).toEqual([{ route: { screen: 'pairs' }, cursor: 1, offset: 0 }]);
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

  it('scrolls as little as needed to keep the cursor in view', () => {
    expect(follow(0, 5, 10, 100)).toBe(0);
    expect(follow(0, 9, 10, 100)).toBe(1);
    expect(follow(20, 15, 10, 100)).toBe(14);
    expect(follow(0, 99, 10, 100)).toBe(90);
  });
});
