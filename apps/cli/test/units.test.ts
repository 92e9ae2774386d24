import { describe, expect, it } from 'vitest';
import { resolveDataTarget } from '../src/config.js';
import { describeError, ServerUnreachableError, UsageError } from '../src/errors.js';
import { isDate, parseDate, parsePairArgs, pageRequest, filterRequest } from '../src/options.js';
import { formatTable, truncate } from '../src/table.js';
import { commandFor } from '../src/tui/keys.js';
import { follow, initialState, reduce } from '../src/tui/router.js';
import { bar } from '../src/views/trade.js';

const noKey = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false };

describe('input checks', () => {
  it('dates keep the domain rule: real days, months and years only', () => {
    for (const good of ['2024', '2024-05', '2024-02-29', '0001']) expect(isDate(good), good).toBe(true);
    for (const bad of ['2024-13', '2023-02-29', '2024-5', '24', '2024-00', '2024-06-31', 'May 2024', '0000']) expect(isDate(bad), bad).toBe(false);
    expect(() => parseDate('--from', '2024-13')).toThrow(/--from "2024-13" is not a date/);
  });

  it('pairs in any spelling become KZ-LT', () => {
    for (const spelling of [['KZ', 'LT'], ['KZ-LT'], ['lt-kz'], ['LT/KZ'], ['kz lt']]) expect(parsePairArgs(spelling)).toBe('KZ-LT');
    expect(() => parsePairArgs(['KZ'])).toThrow(UsageError);
    expect(() => parsePairArgs(['KZ', 'KZ'])).toThrow(/twice/);
  });

  it('paging and filters', () => {
    expect(pageRequest({})).toEqual({ limit: 50, cursor: undefined, all: false });
    expect(pageRequest({ all: true })).toEqual({ limit: 500, cursor: undefined, all: true });
    expect(() => pageRequest({ all: true, cursor: 'x' })).toThrow(/not both/);
    expect(() => pageRequest({ limit: '501' })).toThrow(/1 to 500/);
    expect(filterRequest({ country: 'kz', partner: 'lt' })).toMatchObject({ country: 'KZ', partner: 'LT' });
    expect(() => filterRequest({ from: '2025', to: '2024' })).toThrow(/after --to/);
    expect(filterRequest({ from: '2024-05-14', to: '2024-05' })).toMatchObject({ from: '2024-05-14', to: '2024-05' });
  });

  it('--api and the local database: flags beat the environment, both flags are a mistake', () => {
    expect(resolveDataTarget({ api: 'http://localhost:4000/' }, {})).toEqual({ mode: 'remote', url: 'http://localhost:4000', apiKey: undefined });
    expect(resolveDataTarget({}, { BILAT_API_URL: 'http://h:1', BILAT_API_KEY: 'k' })).toEqual({ mode: 'remote', url: 'http://h:1', apiKey: 'k' });
    expect(resolveDataTarget({ db: 'x.db' }, { BILAT_API_URL: 'http://h:1' }, '/tmp')).toMatchObject({ mode: 'local', database: { kind: 'sqlite', path: '/tmp/x.db' } });
    expect(() => resolveDataTarget({ api: 'http://h:1', db: 'x.db' }, {})).toThrow(/not both/);
    expect(() => resolveDataTarget({ api: 'localhost:4000' }, {})).toThrow(UsageError);
  });
});

describe('errors', () => {
  it('map to exit codes by what they mean', () => {
    expect(describeError(new UsageError('x')).exitCode).toBe(2);
    expect(describeError(new ServerUnreachableError('http://h', 'connection refused'))).toMatchObject({ code: 'UNREACHABLE', exitCode: 1 });
    expect(describeError(Object.assign(new Error('No meeting with id "x"'), { name: 'TRPCError', code: 'NOT_FOUND' }))).toMatchObject({ code: 'NOT_FOUND', exitCode: 1 });
    const badInput = Object.assign(new Error('Invalid input'), { name: 'TRPCClientError', data: { code: 'BAD_REQUEST', validation: { issues: [{ path: 'from', message: 'Expected a real date' }] } } });
    expect(describeError(badInput)).toEqual({ code: 'USAGE', message: 'Invalid input: from: Expected a real date', exitCode: 2 });
    const down = Object.assign(new Error('fetch failed'), { name: 'TRPCClientError', cause: new ServerUnreachableError('http://h', 'unknown host') });
    expect(describeError(down)).toMatchObject({ code: 'UNREACHABLE', exitCode: 1 });
    expect(describeError(Object.assign(new Error('Unexpected token <'), { name: 'TRPCClientError' })).code).toBe('BAD_RESPONSE');
  });
});

describe('tables', () => {
  it('fit the width by cutting the widest flexible column first, never dates or ids', () => {
    const rows = [{ date: 'reported 20 June 2024', title: 'A very long meeting title that goes on and on', place: 'Klaipėda, Lithuania (inferred)', id: 'some-id' }];
    const table = formatTable(
      rows,
      [
        { header: 'date', value: (r) => r.date },
        { header: 'title', value: (r) => r.title, flex: true },
        { header: 'place', value: (r) => r.place, flex: true },
        { header: 'id', value: (r) => r.id },
      ],
      { maxWidth: 80 },
    );
    for (const line of table.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(table).toContain('reported 20 June 2024');
    expect(table).toContain('some-id');
    expect(table).toContain('…');
    expect(truncate('Klaipėda', 5)).toBe('Klai…');
  });

  it('bars are drawn in eighths of a cell, and a small value still shows', () => {
    expect(bar(1, 10)).toBe('█'.repeat(10));
    expect(bar(0.5, 10)).toBe('█████');
    expect(bar(0.55, 10)).toBe('█████▌');
    expect(bar(0.001, 10)).toBe('▏');
    expect(bar(0, 10)).toBe('');
  });
});

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

  it('scrolls as little as needed to keep the cursor in view', () => {
    expect(follow(0, 5, 10, 100)).toBe(0);
    expect(follow(0, 9, 10, 100)).toBe(1);
    expect(follow(20, 15, 10, 100)).toBe(14);
    expect(follow(0, 99, 10, 100)).toBe(90);
  });

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
