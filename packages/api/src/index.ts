export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from './root.js';
export { createBilatClient, type BilatClient, type BilatClientOptions } from './client.js';
export { ANONYMOUS, callerFromHeaders, createInnerContext, localCaller, presentedKey, type ApiContext, type ApiOptions, type Caller } from './context.js';
export { openApiDocument, REST_BASE_PATH } from './openapi.js';
export { flattenZodError, type FieldIssue } from './errors.js';
