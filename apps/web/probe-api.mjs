import { openDatabase } from '@bilat/db';
import { createCaller, createInnerContext } from '@bilat/api';
const database = await openDatabase({ kind: 'sqlite', path: process.argv[2] }, { seed: 'never' });
const caller = createCaller(createInnerContext({ database, caller: { actor: 'anonymous', scope: 'read' }, options: { keepDossiers: true } }));
async function time(label, fn, n = 10) {
  await fn(); const ts = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); await fn(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(label.padEnd(40), 'p50', ts[Math.floor(n / 2)].toFixed(1), 'min', ts[0].toFixed(1));
}
const code = process.argv[3] ?? 'KZ';
await time('countries.list', () => caller.countries.list());
await time(`countries.get ${code} all`, () => caller.countries.get({ code }));
await time(`countries.get ${code} 50`, () => caller.countries.get({ code, limit: 50, relationsLimit: 100, peopleLimit: 100 }));
await time('pairs.list 10', () => caller.pairs.list({ limit: 10 }));
await time('meetings.list 8', () => caller.meetings.list({ limit: 8 }));
await time(`people.list ${code} 500`, () => caller.people.list({ country: code, limit: 500 }));
await time(`people.list ${code} 100`, () => caller.people.list({ country: code, limit: 100 }));
await database.close();
