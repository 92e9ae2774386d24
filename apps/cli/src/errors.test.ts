import { describe, expect, it } from 'vitest';
import { describeError, ServerUnreachableError, UsageError } from './errors.js';

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
