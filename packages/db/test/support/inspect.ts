export { dumpRecords, snapshot, tableCounts } from '../../src/testing.js';
