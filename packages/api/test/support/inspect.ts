export { dumpRecords, snapshot, tableCounts } from '@bilat/db/testing';
