import { recordSchemas, validatingOutput, type KindedRecord } from '@bilat/domain';

// ---------------------------------------------------------------------------------------
// The drafted records are built by our own typed code, so running each through its zod
// schema can only find a bug of ours, and cost a tenth of a draft. As with the API's answers
// (packages/api trpc.ts), one switch decides: under BILAT_VALIDATE_OUTPUT=1 (the tests set it)
// every record is parsed and one that fails is left out with a warning; otherwise each is
// only given the schema's key order, which is what parsing would have returned (a test drafts
// every corpus and real text both ways and holds the two byte for byte equal).

/** The parts of a zod 4 schema's definition that say where an object's keys come from. */
interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
  element?: { _zod: { def: SchemaDef } };
  options?: { _zod: { def: SchemaDef } }[];
  in?: { _zod: { def: SchemaDef } };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

function unwrap(def: SchemaDef): SchemaDef {
  let current = def;
  while (WRAPPERS.has(current.type) && current.innerType) current = current.innerType._zod.def;
  if (current.type === 'pipe' && current.in) return unwrap(current.in._zod.def);
  return current;
}

type Orderer = (value: unknown) => unknown;
const orderers = new Map<SchemaDef, Orderer>();

/**
 * A function giving a value every object's keys in its schema's order, as parsing returns them
 * (nothing checked, nothing added); made once per schema.
 */
function ordererOf(def: SchemaDef): Orderer {
  let orderer = orderers.get(def);
  if (orderer) return orderer;
  const schema = unwrap(def);
  if (schema.type === 'array' && schema.element) {
    const element = schema.element._zod.def;
    orderer = (value) => (Array.isArray(value) ? value.map((item) => ordererOf(element)(item)) : value);
  } else if (schema.type === 'union' && schema.options) {
    const objects = schema.options.map((option) => unwrap(option._zod.def)).filter((option) => option.type === 'object' && option.shape);
    orderer = (value) => {
      if (value === null || typeof value !== 'object') return value;
      const keys = Object.keys(value);
      const fits = objects.find((option) => keys.every((key) => key in option.shape!));
      return fits ? ordererOf(fits)(value) : value;
    };
  } else if (schema.type === 'object' && schema.shape) {
    const fields = Object.entries(schema.shape).map(([key, field]) => [key, field._zod.def] as const);
    orderer = (value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const source = value as Record<string, unknown>;
      const ordered: Record<string, unknown> = {};
      for (const [key, field] of fields) if (key in source) ordered[key] = ordererOf(field)(source[key]);
      return ordered;
    };
  } else {
    orderer = (value) => value;
  }
  orderers.set(def, orderer);
  return orderer;
}

/**
 * The records as the draft gives them: parsed by their schemas when validating (a failing
 * one left out, with a warning), else in their schemas' key order.
 */
export function checkedRecords(records: KindedRecord[], warnings: string[]): KindedRecord[] {
  const valid: KindedRecord[] = [];
  const validate = validatingOutput();
  for (const item of records) {
    const schema = recordSchemas[item.kind];
    if (!validate) {
      valid.push({ kind: item.kind, record: ordererOf(schema._zod.def as unknown as SchemaDef)(item.record) } as KindedRecord);
      continue;
    }
    const parsed = schema.safeParse(item.record);
    if (parsed.success) valid.push({ kind: item.kind, record: parsed.data } as KindedRecord);
    else warnings.push(`Left out ${item.kind} ${item.record.id}, which did not pass its schema (please report): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return valid;
}
