import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/openapi.js';
import { checkCommitted, COMMITTED_OPENAPI_FILE } from '../src/openapi-compat.js';
import { appRouter } from '../src/root.js';
import { API_VERSION } from '../src/version.js';

/*
 * CI's check of the API's contract: openapi.json at the repository root must be the
 * document the server generates. A change to a procedure shows here first, with what it
 * does to clients and exactly what to run (a breaking one needs the major raised).
 */

describe('the committed OpenAPI document (openapi.json)', () => {
  it('is the server’s document, or the change is named with what to do', () => {
    const committed = existsSync(COMMITTED_OPENAPI_FILE) ? (JSON.parse(readFileSync(COMMITTED_OPENAPI_FILE, 'utf8')) as unknown) : undefined;
    const current = JSON.parse(JSON.stringify(openApiDocument())) as unknown;
    const check = checkCommitted(committed, current);
    if (!check.upToDate) expect.fail(`\n${check.message}\n`);
  });

  it('covers every procedure, so a change to any procedure’s input or output shows in it', () => {
    const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { openapi?: { method: string; path: string } } } }>;
    const uncovered = Object.entries(procedures)
      .filter(([, procedure]) => {
        const route = procedure._def.meta?.openapi;
        return !route || !paths[route.path.replace(/\{(\w+)\}/g, '{$1}')]?.[route.method.toLowerCase()];
      })
      .map(([name]) => name);
    expect(uncovered, 'every procedure needs .meta({ openapi: { method, path } }): the committed document is how its changes are checked').toEqual([]);
    expect(Object.keys(procedures).length).toBeGreaterThan(100);
  });

  it('marks a request body required only when a field of it is (the server takes a missing body as an empty input)', () => {
    const document = openApiDocument() as unknown as {
      paths: Record<string, Record<string, { requestBody?: { required?: boolean; content: Record<string, { schema: { $ref?: string; required?: string[] } }> } }>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    const wrongly = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => {
          const body = operation.requestBody;
          // The import upload is a file, not a JSON input.
          if (!body?.content['application/json']) return false;
          const raw = body.content['application/json']?.schema;
          const schema = raw?.$ref ? document.components.schemas[raw.$ref.split('/').at(-1)!] : raw;
          return Boolean(body.required) !== Boolean(schema?.required?.length);
        })
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(wrongly).toEqual([]);
  });

  it('carries the API version', () => {
    expect(openApiDocument().info.version).toBe(API_VERSION);
  });

  it('words a country’s post holders as the views do: the latest known holders, not people in post now', () => {
    const operation = (openApiDocument().paths as Record<string, Record<string, { summary?: string }>>)['/countries/{code}']!.get!;
    expect(operation.summary).toContain('latest known holders of its posts');
    const text = JSON.stringify(operation);
    expect(text).not.toMatch(/in (its )?posts? (now|today)/i);
  });
});
