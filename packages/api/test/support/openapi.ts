import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/*
 * Checks response bodies against the OpenAPI document's own schemas with Ajv's JSON
 * Schema 2020-12 dialect (the dialect of OpenAPI 3.1). `$ref`s into
 * `#/components/schemas` are resolved within the document.
 */

// ajv-formats is CommonJS; under ESM its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface OpenApiDocument {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Json> };
}

export interface Operation {
  operationId?: string;
  parameters?: { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema?: Json }[];
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}

const DOCUMENT_ID = 'https://bilat.test/openapi.json';

/** The same value with `#/components/schemas/X` references pointed at the registered document. */
function rewriteRefs(value: Json): Json {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [
        key,
        key === '$ref' && typeof entry === 'string' && entry.startsWith('#/components/schemas/')
          ? `${DOCUMENT_ID}#/$defs/${entry.slice('#/components/schemas/'.length)}`
          : rewriteRefs(entry),
      ]),
    );
  }
  return value;
}

export function responseValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // Keywords OpenAPI 3.1 adds to JSON Schema; they annotate, they do not validate.
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
  ajv.addSchema({ $id: DOCUMENT_ID, $defs: rewriteRefs((document.components?.schemas ?? {}) as Json) as Record<string, Json> });
  const cache = new Map<string, ValidateFunction>();

  /** The schema a response with this status is documented to have, compiled once. */
  function compiled(path: string, method: string, status: string): ValidateFunction | undefined {
    const key = `${method} ${path} ${status}`;
    if (!cache.has(key)) {
      const schema = document.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
      if (schema === undefined) return undefined;
      cache.set(key, ajv.compile(rewriteRefs(schema) as object));
    }
    return cache.get(key);
  }

  return {
    /** The validation errors of a body against the documented response (empty when it conforms); throws when none is documented. */
    check(path: string, method: string, status: number, body: unknown): string[] {
      const validate = compiled(path, method, String(status));
      if (!validate) throw new Error(`No JSON response ${status} is documented for ${method.toUpperCase()} ${path}`);
      return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message} ${JSON.stringify(error.params)}`);
    },
  };
}
