export { wikidataColumns, wikidataRow } from './rows.js';
export { metaCandidates } from './read.js';
