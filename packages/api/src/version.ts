import packageJson from '../package.json' with { type: 'json' };

/**
 * The version of the API: the REST routes, the tRPC procedures and their input and output
 * shapes. It is @bilat/api's package version, shown in /healthz and the OpenAPI document's
 * `info.version`; @bilat/client carries the same one. A breaking change to a procedure
 * raises the major (the OpenAPI check in test/openapi-committed.test.ts says so).
 */
export const API_VERSION: string = packageJson.version;
