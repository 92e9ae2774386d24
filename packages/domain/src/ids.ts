import { z } from 'zod';
import { ID_MAX_LENGTH, ID_PATTERN } from './id-rule.js';
import { slugify } from './text.js';

/** Ids are stable, readable slugs: `kz-lt-political-consultations-10`. */
export const idSchema = z
  .string()
  .max(ID_MAX_LENGTH, { message: `An id is at most ${ID_MAX_LENGTH} characters` })
  .regex(ID_PATTERN, { message: 'An id is a slug: lower-case letters and digits joined by single hyphens' });

export type Id = z.infer<typeof idSchema>;

const SUFFIX_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Six base-36 characters from the platform's secure random source (Node or browser). */
function randomSuffix(length = 6): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => SUFFIX_ALPHABET[byte % SUFFIX_ALPHABET.length]).join('');
}

/** An id for a record created or imported by a user: a slug of its name plus a short unique suffix. */
export function newId(name: string): Id {
  return `${slugify(name, 100)}-${randomSuffix()}`;
}
