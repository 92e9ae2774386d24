import { z } from 'zod';
import { RECORD_KINDS, type RecordKind } from '../common.js';
import { RECORD_COLLECTIONS, recordSchemas, type KindedRecord, type RecordOf } from '../records/index.js';

export const BUNDLE_FORMAT = 'bilat/bundle';
export const BUNDLE_VERSION = 1;

const collectionShape = Object.fromEntries(
  RECORD_KINDS.map((kind) => [RECORD_COLLECTIONS[kind], z.array(recordSchemas[kind]).optional()]),
) as { [K in RecordKind as (typeof RECORD_COLLECTIONS)[K]]: z.ZodOptional<z.ZodArray<(typeof recordSchemas)[K]>> };

/**
 * The project's own interchange format: a format tag and version, then one list per
 * record kind, each record exactly as the domain schema shapes it.
 */
export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  /** What the bundle holds, for people reading it. */
  description: z.string().max(5000).optional(),
  ...collectionShape,
});

export type Bundle = z.infer<typeof bundleSchema>;

/** The records of a bundle with their kinds, in an order where what is pointed at comes first. */
export function bundleRecords(bundle: Bundle): KindedRecord[] {
  const items: KindedRecord[] = [];
  for (const kind of RECORD_KINDS) {
    const records = (bundle[RECORD_COLLECTIONS[kind]] ?? []) as RecordOf<typeof kind>[];
    for (const record of records) items.push({ kind, record } as KindedRecord);
  }
  return items;
}

/** Gathers records into a bundle, omitting empty collections. */
export function bundleFromRecords(items: Iterable<KindedRecord>, description?: string): Bundle {
  const bundle: Record<string, unknown> = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION };
  if (description) bundle.description = description;
  for (const { kind, record } of items) {
    const collection = RECORD_COLLECTIONS[kind];
    ((bundle[collection] ??= []) as unknown[]).push(record);
  }
  return bundle as Bundle;
}

/** Puts several bundles together (the curated dataset is split over files). */
export function mergeBundles(bundles: readonly Bundle[], description?: string): Bundle {
  return bundleFromRecords(bundles.flatMap(bundleRecords), description);
}
