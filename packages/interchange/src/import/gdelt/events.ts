import { isKeptInteractionCode, isPartialDate, pairOf, type Citation, type Interaction } from '@bilat/domain';
import { cameoCountry } from './cameo.js';

/*
 * Pure mapping of one GDELT event row (already split on tabs) to a reported interaction
 * holding that one event, a deliberate skip, or a problem naming the column.
 *
 * Columns (0-based) shared by GDELT 1.0 and 2.0: 0 GLOBALEVENTID, 1 SQLDATE,
 * 7 Actor1CountryCode, 17 Actor2CountryCode, 26 EventCode, 28 EventRootCode. The
 * SOURCEURL is the last column of a 58-column (1.0 daily) or 61-column (2.0) row; the
 * 57-column 1.0 back-file rows have none.
 */

export const GDELT_LAYOUTS: Readonly<Record<number, { dataset: Interaction['dataset']; url: number | null }>> = {
  57: { dataset: 'gdelt-1', url: null },
  58: { dataset: 'gdelt-1', url: 57 },
  61: { dataset: 'gdelt-2', url: 60 },
};

const COLUMN = { id: 0, day: 1, actor1: 7, actor2: 17, code: 26, root: 28 } as const;

export type GdeltOutcome = { interaction: Interaction } | { skip: string } | { field: string; message: string };

/** "20191024" → "2019-10-24", when it is a real day. */
export function dayOf(sqlDate: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(sqlDate);
  const day = match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
  return day && isPartialDate(day) ? day : undefined;
}

/** The interaction's id: one record per day, pair and event code, whichever file it came from. */
export function interactionId(pair: string, day: string, code: string): string {
  return `${pair.toLowerCase()}-${day}-${code}`;
}

/** Whether the row is of root code 04 between two actors with different (non-empty) country codes, as coded. */
export function isConsultBetweenCodes(fields: readonly string[]): boolean {
  const a = fields[COLUMN.actor1]?.trim();
  const b = fields[COLUMN.actor2]?.trim();
  return fields[COLUMN.root] === '04' && Boolean(a) && Boolean(b) && a !== b;
}

export function rootCode(fields: readonly string[]): string | undefined {
  return fields[COLUMN.root];
}

/** Maps one row; `fields.length` must be one of the GDELT layouts (the caller reports others). */
export function gdeltInteraction(fields: readonly string[], sourceId: string): GdeltOutcome {
  const layout = GDELT_LAYOUTS[fields.length];
  if (!layout) return { field: 'columns', message: `${fields.length} columns; GDELT rows have 57 or 58 (1.0) or 61 (2.0)` };
  const code = fields[COLUMN.code]!.trim();
  if (!/^\d{3,4}$/.test(code)) return { field: 'EventCode', message: `"${code.slice(0, 20)}" is not a CAMEO event code` };
  if (!isKeptInteractionCode(code)) return { skip: 'event code not a consultation, visit or agreement' };
  const id = fields[COLUMN.id]!.trim();
  if (!/^\d{1,20}$/.test(id)) return { field: 'GLOBALEVENTID', message: `"${id.slice(0, 30)}" is not an event id` };
  const day = dayOf(fields[COLUMN.day]!.trim());
  if (!day) return { field: 'SQLDATE', message: `"${fields[COLUMN.day]!.slice(0, 20)}" is not a day as YYYYMMDD` };
  const parties: string[] = [];
  for (const [column, name] of [[COLUMN.actor1, 'Actor1CountryCode'], [COLUMN.actor2, 'Actor2CountryCode']] as const) {
    const country = cameoCountry(fields[column]!);
    if ('none' in country) return { skip: 'an actor has no country (a non-state actor)' };
    if ('region' in country) return { skip: 'an actor is coded with a region, not a country' };
    if ('unknown' in country) return { field: name, message: `unknown country code "${country.unknown}" (neither ISO 3166-1 alpha-3 nor a CAMEO region)` };
    parties.push(country.party);
  }
  const [a, b] = parties as [string, string];
  if (a === b) return { skip: 'both actors in one country' };
  const url = layout.url === null ? '' : fields[layout.url]!.trim();
  const pair = pairOf(a, b);
  return {
    interaction: {
      id: interactionId(pair, day, code),
      status: 'draft',
      citations: [{ sourceId }],
      pair,
      date: day,
      code,
      dataset: layout.dataset,
      events: [{ id, ...(url && url.length <= 2000 ? { url } : {}), actors: [a, b] }],
    },
  };
}

const numericOrder = (x: string, y: string) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);

/** Merge rule: the events of both, each once, in id order; every file that reported them cited. */
export function mergeInteractions(existing: Interaction, incoming: Interaction): Interaction {
  const events = new Map(existing.events.map((event) => [event.id, event]));
  for (const event of incoming.events) if (!events.has(event.id)) events.set(event.id, event);
  const citations: Citation[] = [...existing.citations];
  for (const citation of incoming.citations) {
    if (!citations.some((c) => c.sourceId === citation.sourceId && c.locator === citation.locator)) citations.push(citation);
  }
  return { ...existing, citations: citations.slice(0, 50), events: [...events.values()].sort((x, y) => numericOrder(x.id, y.id)) };
}
