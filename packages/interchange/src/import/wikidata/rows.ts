import { isPartialDate, slugify, type Holding, type Person, type Post } from '@bilat/domain';

/*
 * Pure mapping of Wikidata "position held" (P39) export rows: one person and one holding
 * per row, the statement id (psid) kept as the holding's identifier so a re-import finds it.
 */

export interface WikidataColumns {
  item: number;
  label?: number;
  start?: number;
  end?: number;
  psid?: number;
  position?: number;
  positionLabel?: number;
}

const NAMES: Record<keyof WikidataColumns, readonly string[]> = {
  item: ['item'],
  label: ['itemLabel', 'itemlabel', 'label'],
  start: ['startDate', 'startdate', 'start'],
  end: ['endDate', 'enddate', 'end'],
  psid: ['psid', 'statement'],
  position: ['position'],
  positionLabel: ['positionLabel', 'positionlabel'],
};

/** Where each column is, or why the header is not a position-held export. */
export function wikidataColumns(header: readonly string[]): WikidataColumns | { message: string } {
  const position = new Map(header.map((name, index) => [name.trim(), index]));
  const found: Partial<WikidataColumns> = {};
  for (const [field, names] of Object.entries(NAMES) as [keyof WikidataColumns, readonly string[]][]) {
    const index = names.map((name) => position.get(name)).find((i) => i !== undefined);
    if (index !== undefined) found[field] = index;
  }
  if (found.item === undefined) return { message: 'not a Wikidata "position held" export: the header has no "item" column (expected item, itemLabel, startDate, endDate, psid)' };
  if (found.start === undefined && found.end === undefined && found.psid === undefined) {
    return { message: 'not a Wikidata "position held" export: the header has none of startDate, endDate, psid' };
  }
  return found as WikidataColumns;
}

/** "Q58203" from "Q58203" or "http://www.wikidata.org/entity/Q58203". */
export function qidOf(value: string): string | undefined {
  const match = /(?:^|\/)(Q[1-9]\d*)$/.exec(value.trim());
  return match?.[1];
}

/** A statement id as "Q58203-1F8CE0C4-…", from that, the "$" form, or a statement URI. */
export function statementIdOf(value: string): string | undefined {
  const last = value.trim().split('/').pop() ?? '';
  const normal = last.replace('$', '-');
  return /^Q[1-9]\d*-[0-9A-Fa-f-]{8,}$/.test(normal) ? normal : undefined;
}

/** A date at the precision given: "1999", "2003-06", "2007-01-11" (a time part, as SPARQL gives it, dropped). */
export function dateOf(value: string): string | undefined | null {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const date = trimmed.replace(/T.*$/, '');
  return isPartialDate(date) ? date : null;
}

export function personId(label: string, qid: string): string {
  return `${slugify(label, 80)}-${qid.toLowerCase()}`;
}

export function holdingId(psid: string): string {
  return `position-held-${slugify(psid, 100)}`;
}

export interface PostTarget {
  postId: string;
  country: string;
}

export type WikidataOutcome = { person: Person; holding: Holding; post?: Post } | { field: string; message: string };

/** Maps one row to its person and holding (and, for files with a position column, the post). */
export function wikidataRow(
  fields: readonly string[],
  columns: WikidataColumns,
  target: PostTarget | ((positionQid: string, label: string) => Post),
  sourceId: string,
): WikidataOutcome {
  const get = (index: number | undefined) => (index === undefined ? '' : (fields[index] ?? '').trim());
  const qid = qidOf(get(columns.item));
  if (!qid) return { field: 'item', message: `"${get(columns.item).slice(0, 60)}" is not a Wikidata item id (Q…)` };
  const label = get(columns.label) || qid;
  const start = dateOf(get(columns.start));
  if (start === null) return { field: 'startDate', message: `"${get(columns.start).slice(0, 40)}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD` };
  const end = dateOf(get(columns.end));
  if (end === null) return { field: 'endDate', message: `"${get(columns.end).slice(0, 40)}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD` };
  const rawPsid = get(columns.psid);
  const psid = rawPsid ? statementIdOf(rawPsid) : undefined;
  if (rawPsid && !psid) return { field: 'psid', message: `"${rawPsid.slice(0, 60)}" is not a Wikidata statement id` };
  let post: Post | undefined;
  let postId: string;
  let country: string | undefined;
  if (typeof target === 'function') {
    const positionQid = qidOf(get(columns.position));
    if (!positionQid) return { field: 'position', message: `"${get(columns.position).slice(0, 60)}" is not a Wikidata item id (Q…)` };
    post = target(positionQid, get(columns.positionLabel) || positionQid);
    postId = post.id;
    country = post.country;
  } else {
    postId = target.postId;
    country = target.country;
  }
  const citations = [{ sourceId }];
  const person: Person = {
    id: personId(label, qid),
    status: 'draft',
    citations,
    name: label,
    names: [],
    ...(country ? { country } : {}),
    identifiers: [{ scheme: 'wikidata', value: qid }],
  };
  // Without a statement id the holding is known by who, what and when.
  const id = psid ? holdingId(psid) : `position-held-${slugify(`${qid} ${postId} ${start ?? 'x'} ${end ?? 'x'}`, 100)}`;
  const holding: Holding = {
    id,
    status: 'draft',
    citations,
    personId: person.id,
    postId,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    attestations: [],
    identifiers: psid ? [{ scheme: 'wikidata', value: psid }] : [],
  };
  return { person, holding, post };
}
