import { toCsv } from '@bilat/formats/csv';
import { note, outputWidth, printLine, printRaw } from '../output.js';
import { formatTable } from '../table.js';
import { kindHeading } from '@bilat/domain/kinds';
import type { Page } from '../data/pages.js';
import type { RouterOutputs } from '@bilat/api';
import { notePaging } from './print.js';

/** One entry of the change log, as the API's `changes` gives it. */
export type ChangeRow = RouterOutputs['changes']['items'][number];

export function printChanges(page: Page<ChangeRow>, format: 'table' | 'csv', since: string): void {
  if (format === 'csv') {
    printRaw(
      toCsv(page.items, [
        { header: 'revision', value: (c) => c.revision },
        { header: 'at', value: (c) => c.at },
        { header: 'actor', value: (c) => c.actor },
        { header: 'action', value: (c) => c.action },
        { header: 'kind', value: (c) => c.kind },
        { header: 'id', value: (c) => c.id },
        { header: 'title', value: (c) => c.title },
        { header: 'batch_id', value: (c) => c.batchId },
      ]),
    );
    return notePaging(page.nextCursor);
  }
  if (page.items.length === 0) return note(`Nothing was added or edited since ${since}.`);
  printLine(
    formatTable(
      page.items,
      [
        { header: 'when (UTC)', value: (c) => c.at.slice(0, 16).replace('T', ' ') },
        { header: 'action', value: (c) => c.action },
        { header: 'kind', value: (c) => c.kind },
        { header: 'title', value: (c) => c.title, flex: true },
        { header: 'id', value: (c) => c.id },
      ],
      { maxWidth: outputWidth() },
    ),
  );
  notePaging(page.nextCursor);
}

export type SearchHit = RouterOutputs['search']['items'][number];

export function printSearch(page: Page<SearchHit>, format: 'table' | 'csv', query: string): void {
  if (format === 'csv') {
    printRaw(
      toCsv(page.items, [
        { header: 'kind', value: (h) => h.kind },
        { header: 'id', value: (h) => h.id },
        { header: 'title', value: (h) => h.title },
        { header: 'title_match', value: (h) => (h.titleMatch ? 'yes' : 'no') },
      ]),
    );
    return notePaging(page.nextCursor);
  }
  if (page.items.length === 0) return note(`Nothing matches "${query}".`);
  printLine(
    formatTable(
      page.items,
      [
        { header: 'kind', value: (h) => kindHeading(h.kind) },
        { header: 'title', value: (h) => h.title, flex: true },
        { header: 'id', value: (h) => h.id },
      ],
      { maxWidth: outputWidth() },
    ),
  );
  notePaging(page.nextCursor);
}
