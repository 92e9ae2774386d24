import { openDatabase, countryPartners, countryYears, countryRelations, peopleInPostNow, countrySummaries, scopeOf } from '@bilat/db';
const database = await openDatabase({ kind: 'sqlite', path: process.argv[2] }, { seed: 'never' });
const scope = scopeOf(database);
async function time(label, fn, n = 20) {
  await fn(); const ts = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); await fn(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(label.padEnd(40), 'p50', ts[Math.floor(n / 2)].toFixed(2), 'min', ts[0].toFixed(2));
}
const code = process.argv[3] ?? 'KZ';
await time('countrySummaries', () => countrySummaries(scope));
await time('countryPartners 50', () => countryPartners(scope, code, { limit: 50 }));
await time('countryPartners all', () => countryPartners(scope, code));
await time('countryYears', () => countryYears(scope, code));
await time('countryRelations 100', () => countryRelations(scope, code, 100));
await time('peopleInPostNow 100', () => peopleInPostNow(scope, code, '2026-12-02', 100));
console.log((await peopleInPostNow(scope, code, '2026-12-02', 100)).total, (await countryRelations(scope, code, 100)).total);
await database.close();
