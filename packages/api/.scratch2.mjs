import { connect, migrateToLatest } from '@bilat/db';
import { startServer } from './dist/server.js';
import { Validator } from '@seriousme/openapi-schema-validator';
const database = connect({ kind: 'sqlite', path: '/tmp/scratch.db' });
const s = await startServer({ database, port: 0, logger: false });
console.log(s.url);
const doc = await (await fetch(s.url + '/openapi.json')).json();
const v = new Validator();
const r = await v.validate(doc);
console.log(JSON.stringify(r).slice(0, 2000));
console.log(Object.keys(doc.paths).length, doc.openapi, Object.keys(doc.components ?? {}));
for (const [p, ops] of Object.entries(doc.paths)) console.log(p, Object.keys(ops).join(','));
require('fs')
