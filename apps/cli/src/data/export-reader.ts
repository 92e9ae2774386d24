import { RECORD_ROUTERS } from '@bilat/api';
import type { RecordKind, RecordOf } from '@bilat/domain';
import type { ExportFilter, RecordReader } from '@bilat/interchange';
import { wholeDossier } from './dossier.js';
import type { BilatApi } from './source.js';

/*
 * Exports read through the API, like every other command: in-process over a local
 * database, or from a running server with --api. Lists are paged 500 at a time.
 */

type ListProcedure = (input: ExportFilter & { limit: number; cursor?: string }) => Promise<{ items: unknown[]; nextCursor: string | null }>;
type GetProcedure = (input: { id: string }) => Promise<unknown>;

function router(api: BilatApi, kind: RecordKind): { list: ListProcedure; get: GetProcedure } {
  return (api as unknown as Record<string, { list: ListProcedure; get: GetProcedure }>)[RECORD_ROUTERS[kind]]!;
}

function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; data?: { code?: string } };
  return e?.code === 'NOT_FOUND' || e?.data?.code === 'NOT_FOUND';
}

export function apiReader(api: BilatApi): RecordReader {
  return {
    async *pages<K extends RecordKind>(kind: K, filter: ExportFilter) {
      let cursor: string | undefined;
      do {
        const page = await router(api, kind).list({ ...filter, limit: 500, cursor });
        if (page.items.length) yield page.items as RecordOf<K>[];
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    },
    async get<K extends RecordKind>(kind: K, ids: readonly string[]) {
      const found: RecordOf<K>[] = [];
      for (const id of ids) {
        try {
          const record = (await router(api, kind).get({ id })) as RecordOf<K>;
          // A merged id answers with the record it was merged into: keep each once.
          if (!found.some((item) => item.id === record.id)) found.push(record);
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
      }
      return found;
    },
    dossier: (pair) => wholeDossier(api, pair),
  };
}
