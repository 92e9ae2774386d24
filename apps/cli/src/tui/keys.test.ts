import { describe, expect, it } from 'vitest';
import { BINDINGS, commandFor } from './keys.js';

const noKey = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false };

describe('keys', () => {
  it('maps keys to commands', () => {
    expect(commandFor('j', noKey)).toEqual({ type: 'down' });
    expect(commandFor('', { ...noKey, downArrow: true })).toEqual({ type: 'down' });
    expect(commandFor('', { ...noKey, delete: true })).toEqual({ type: 'back' });
    expect(commandFor('f', { ...noKey, ctrl: true })).toEqual({ type: 'pageDown' });
    expect(commandFor('t', noKey)).toEqual({ type: 'section', section: 'trade' });
    expect(commandFor('S', { ...noKey, shift: true })).toEqual({ type: 'section', section: 'sources' });
    expect(commandFor('z', noKey)).toBeUndefined();
  });

  it('Ctrl-O orders a ranked list by the next measure, also on the countries, where o is a letter of the filter', () => {
    expect(commandFor('o', { ...noKey, ctrl: true })).toEqual({ type: 'order' });
    expect(commandFor('o', { ...noKey, ctrl: true }, false, { filter: '' })).toEqual({ type: 'order' });
    expect(commandFor('o', { ...noKey, ctrl: true }, false, { filter: 'ka' })).toEqual({ type: 'order' });
    expect(commandFor('o', noKey, false, { filter: 'ka' })).toEqual({ type: 'filter', text: 'kao' });
    // Outside a filtered list o still opens the officials of a pair.
    expect(commandFor('o', noKey)).toEqual({ type: 'section', section: 'officials' });
    expect(BINDINGS.find((binding) => binding.keys === 'Ctrl-O')?.does).toMatch(/next measure/);
  });
});
