import { z } from 'zod';
import { eventDateSchema, factFields } from '../common.js';
import { pairSchema, partyCodeSchema } from '../party.js';

/**
 * The milestones of a relationship as a whole, as a country's history of relations
 * records them (the Office of the Historian's "Guide to the United States' History of
 * Recognition, Diplomatic, and Consular Relations"). One list, with its labels, for every view.
 */
export const RELATION_EVENT_KINDS = [
  'recognition',
  'relations-established',
  'legation-established',
  'embassy-established',
  'legation-raised-to-embassy',
  'liaison-office-established',
  'mission-established',
  'consulate-opened',
  'mission-moved',
  'mission-closed',
  'mission-reopened',
  'relations-suspended',
  'relations-severed',
  'relations-resumed',
  'consulate-closed',
] as const;

export type RelationEventKind = (typeof RELATION_EVENT_KINDS)[number];

export const RELATION_EVENT_LABELS: Readonly<Record<RelationEventKind, string>> = Object.freeze({
  recognition: 'Recognition',
  'relations-established': 'Diplomatic relations established',
  'legation-established': 'Legation established',
  'embassy-established': 'Embassy established',
  'legation-raised-to-embassy': 'Legation raised to embassy',
  'liaison-office-established': 'Liaison office established',
  'mission-established': 'Diplomatic mission established',
  'consulate-opened': 'Consulate opened',
  'mission-moved': 'Mission moved',
  'mission-closed': 'Mission closed',
  'mission-reopened': 'Mission reopened',
  'relations-suspended': 'Relations suspended or interrupted',
  'relations-severed': 'Relations severed',
  'relations-resumed': 'Relations resumed',
  'consulate-closed': 'Consulate closed',
});

export function relationEventLabel(kind: RelationEventKind): string {
  return RELATION_EVENT_LABELS[kind];
}

/**
 * A relations event: recognition, relations established, severed or resumed, a legation
 * or embassy opened, raised, moved or closed, a consulate opened. Between two parties,
 * at the date's precision as given, cited.
 */
export const relationSchema = z.strictObject({
  ...factFields,
  kind: z.enum(RELATION_EVENT_KINDS),
  /** The two parties, alphabetical: `KZ-US`. */
  pair: pairSchema,
  /** The side that acted (the one recognizing, or whose mission opened, moved or closed); absent when mutual or not said. */
  actor: partyCodeSchema.optional(),
  date: eventDateSchema,
  /** The city where a mission opened, moved or closed, as the source names it ("Alma-Ata", "Kovno"). */
  city: z.string().min(1).max(200).optional(),
});

export type Relation = z.infer<typeof relationSchema>;
