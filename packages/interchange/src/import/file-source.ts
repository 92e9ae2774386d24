import type { MergeRules } from '@bilat/db';
import { slugify, type Citation, type Source } from '@bilat/domain';
import type { ImportContext } from './types.js';

/**
 * The one source record an imported file gets, cited by every record read from it. Its id
 * comes from the format and the file name, so importing the file again finds it; the
 * merge rule `keepFirstAccess` keeps the day it was first read.
 */
export function fileSource(format: string, context: ImportContext, fields: Pick<Source, 'publisher' | 'title'> & Partial<Pick<Source, 'licence' | 'url' | 'notes'>>): Source {
  return {
    id: fileSourceId(format, context.input.name),
    title: fields.title.slice(0, 500),
    publisher: fields.publisher,
    published: null,
    accessed: context.settings.today,
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.licence ? { licence: fields.licence } : {}),
    ...(fields.notes ? { notes: fields.notes.slice(0, 5000) } : {}),
  };
}

export function fileSourceId(format: string, fileName: string): string {
  return `${format}-file-${slugify(fileName, 100)}`;
}

/** Merge rule for sources: a file read again keeps the day it was first read, so a re-import changes nothing. */
export function keepFirstAccess(existing: Source, incoming: Source): Source {
  return existing.accessed && incoming.accessed !== existing.accessed ? { ...incoming, accessed: existing.accessed } : incoming;
}

/**
 * Merge rule for facts read from files: the same fact read from another file is cited by
 * both; a different value for the same id replaces the stored one as a revision (the
 * revision log keeps the earlier version, and the batch can be undone).
 */
export function citeBoth<T extends { citations: Citation[] }>(existing: T, incoming: T): T {
  const { citations: _stored, ...before } = existing;
  const { citations: _read, ...after } = incoming;
  if (JSON.stringify(before) !== JSON.stringify(after)) return incoming;
  const citations = [...existing.citations];
  for (const citation of incoming.citations) if (!citations.some((c) => c.sourceId === citation.sourceId && c.locator === citation.locator)) citations.push(citation);
  return citations.length === existing.citations.length ? existing : { ...existing, citations: citations.slice(0, 50) };
}

/** The merge rules every file format shares. */
export const FILE_MERGE_RULES: MergeRules = {
  source: keepFirstAccess,
  organization: citeBoth,
  post: citeBoth,
  person: citeBoth,
  holding: citeBoth,
  trade: citeBoth,
};
