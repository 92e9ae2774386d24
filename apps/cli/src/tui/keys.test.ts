import { describe, expect, it } from 'vitest';
import { commandFor } from './keys.js';

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
});
