export * from './briefing.js';
export * from './csv.js';
export * from './ics.js';
export * from './labels.js';
export * from './inbox.js';
