import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import packageJson from '../package.json' with { type: 'json' };
import { appRouter } from './root.js';

export const REST_BASE_PATH = '/api/v1';

let cached: OpenAPIObject | undefined;

/** The OpenAPI 3.1 document of the REST routes, generated from the same procedures as tRPC. */
export function openApiDocument(): OpenAPIObject {
  cached ??= generateOpenApiDocument(appRouter, {
    title: 'bilat API',
    description:
      'A typed, source-backed record of bilateral relations between countries. Reads are open unless the server runs with --private; writes need an API key with the "write" scope (Authorization: Bearer <key>).',
    version: packageJson.version,
    openApiVersion: '3.1.0',
    baseUrl: REST_BASE_PATH,
    securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key made with `bilat keys create`' } },
  });
  return cached;
}
