import * as domain from '@bilat/domain';
import * as bundle from '@bilat/domain/bundle';
import { z } from 'zod';

export interface NamedSchema {
  /** The name clients see: `Meeting`, `Dossier`, `RecordKind`. */
  name: string;
  /** The domain's export it comes from: `meetingSchema`. */
  exportName: string;
  schema: z.ZodType;
}

/**
 * The shapes the API names for its clients: every object and enum schema the domain
 * exports, `fooBarSchema` named `FooBar`. The OpenAPI document's components/schemas and
 * @bilat/client's types (its generator reads this list) carry the same names, so
 * `components['schemas']['Meeting']` over REST is `Meeting` in the client.
 */
export function namedSchemas(): NamedSchema[] {
  return Object.entries({ ...domain, ...bundle })
    .filter(([exportName, value]) => exportName.endsWith('Schema') && (value instanceof z.ZodObject || value instanceof z.ZodEnum))
    .map(([exportName, schema]) => ({
      name: exportName.charAt(0).toUpperCase() + exportName.slice(1, -'Schema'.length),
      exportName,
      schema: schema as z.ZodType,
    }));
}
