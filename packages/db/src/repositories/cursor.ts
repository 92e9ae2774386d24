/**
 * Keyset cursors: the sort values of the last row of a page, as opaque base64url JSON.
 * A cursor that was tampered with is refused with a clear message rather than a 500.
 */

export class InvalidCursorError extends Error {
  constructor() {
    super('The cursor is not valid; start again without one');
    this.name = 'InvalidCursorError';
  }
}

/** Page sizes every list shares: the default, and the most one page may hold. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

type CursorPart = 'string' | 'number';

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly CursorPart[]): (string | number)[] {
  let values: unknown;
  try {
    if (cursor.length > 2000) throw new InvalidCursorError();
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const valid =
    Array.isArray(values) &&
    values.length === shape.length &&
    values.every((value, index) => typeof value === shape[index] && (typeof value !== 'number' || Number.isFinite(value)));
  if (!valid) throw new InvalidCursorError();
  return values as (string | number)[];
}
