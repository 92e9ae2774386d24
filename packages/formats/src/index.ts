export * from './briefing.js';
export * from './csv.js';
export * from './describe.js';
export * from './ics.js';
export * from './jsonld.js';
export * from './labels.js';
export * from './inbox.js';
