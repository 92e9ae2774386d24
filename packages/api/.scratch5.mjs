import { openApiDocument } from './dist/index.js';
const doc = openApiDocument();
console.log(JSON.stringify(doc.paths['/holders'], null, 1).slice(0, 3000));
console.log(JSON.stringify(doc.paths['/meetings/{id}'].get, null, 1).slice(0, 1500));
console.log(Object.keys(doc.components.schemas));
console.log(JSON.stringify(doc.servers));
const s = JSON.stringify(doc);
console.log([...new Set([...s.matchAll(/"format":"([^"]+)"/g)].map(m=>m[1]))]);
console.log([...new Set([...s.matchAll(/"(\$ref)":"([^"]+)"/g)].map(m=>m[2].split('/').slice(0,3).join('/')))]);
