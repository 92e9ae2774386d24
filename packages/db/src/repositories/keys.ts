import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Scope } from '../scope.js';

/** What a key may do; each scope includes the ones before it. */
export const KEY_SCOPES = ['read', 'write', 'admin'] as const;
export type KeyScope = (typeof KEY_SCOPES)[number];

export function scopeAllows(granted: KeyScope, needed: KeyScope): boolean {
  return KEY_SCOPES.indexOf(granted) >= KEY_SCOPES.indexOf(needed);
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  scope: KeyScope;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

/** A new key: `secret` is the whole key and is never stored or shown again. */
export interface NewApiKey extends ApiKeyInfo {
  secret: string;
}

const KEY_PATTERN = /^bilat_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

function toInfo(row: { id: string; name: string; scope: string; created_at: string; created_by: string; revoked_at: string | null }): ApiKeyInfo {
  return { id: row.id, name: row.name, scope: row.scope as KeyScope, createdAt: row.created_at, createdBy: row.created_by, revokedAt: row.revoked_at };
}

/**
 * Creates a key `bilat_<id>_<secret>`. The id is public (it names the key in lists and
 * the revision log); only a SHA-256 hash of the 256-bit secret is kept.
 */
export async function createApiKey(scope: Scope, input: { name: string; scope: KeyScope; createdBy: string }): Promise<NewApiKey> {
  const id = Array.from(randomBytes(10), (byte) => '0123456789abcdefghijklmnopqrstuvwxyz'[byte % 36]).join('');
  const secret = randomBytes(32).toString('base64url');
  const row = {
    id,
    name: input.name,
    scope: input.scope,
    secret_hash: hashSecret(secret),
    created_at: new Date().toISOString(),
    created_by: input.createdBy,
    revoked_at: null,
  };
  await scope.db.insertInto('api_keys').values(row).execute();
  return { ...toInfo(row), secret: `bilat_${id}_${secret}` };
}

export async function listApiKeys(scope: Scope): Promise<ApiKeyInfo[]> {
  const rows = await scope.db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toInfo);
}

/** Revokes a key at once; false when there is no such key or it was already revoked. */
export async function revokeApiKey(scope: Scope, id: string): Promise<boolean> {
  const result = await scope.db
    .updateTable('api_keys')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The key a secret belongs to, if it is well formed, known and not revoked. */
export async function verifyApiKey(scope: Scope, presented: string): Promise<ApiKeyInfo | undefined> {
  const match = KEY_PATTERN.exec(presented);
  if (!match) return undefined;
  const [, id, secret] = match as unknown as [string, string, string];
  const row = await scope.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.revoked_at) return undefined;
  const expected = Buffer.from(row.secret_hash, 'hex');
  const actual = Buffer.from(hashSecret(secret), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? toInfo(row) : undefined;
}
