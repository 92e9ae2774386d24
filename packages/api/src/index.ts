export { appRouter, createCaller, RECORD_ROUTERS, type AppRouter, type RouterInputs, type RouterOutputs } from './root.js';
export { ANONYMOUS, callerFromHeaders, createInnerContext, localCaller, presentedKey, restExchange, type ApiContext, type ApiOptions, type Caller, type RestExchange } from './context.js';
export { etagOf, restResponseMeta } from './revisions.js';
// The OpenAPI document is its own entry (`@bilat/api/openapi`): building it loads
// trpc-to-openapi, which a command-line read should not pay for at start-up.
export { REST_BASE_PATH, REST_COLLECTIONS } from './rest.js';
export { API_VERSION } from './version.js';
export { namedSchemas, type NamedSchema } from './schema-names.js';
export { healthReport, type HealthReport } from './health.js';
export { flattenZodError, type FieldIssue } from './errors.js';
export { runWatch, watchUserAgent, fetcherOptions, type SourceRun, type RunOptions } from './watch/run.js';
export { storeReport, acceptProposal, rejectProposal, type StoreOutcome, type ReportOrigin } from './watch/inbox.js';
export { draftForInbox } from './watch/drafts.js';
export { startWatchSchedule, type WatchSchedule } from './watch/schedule.js';
export { proposeFromBatch } from './watch/importer-drafts.js';
