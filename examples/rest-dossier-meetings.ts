/*
 * The same as dossier-meetings.ts over REST: openapi-fetch with the types openapi-typescript
 * writes from the committed OpenAPI document (`npm run build` in this folder writes
 * generated/bilat-rest.d.ts from ../openapi.json).
 *
 *   npx tsx examples/rest-dossier-meetings.ts [SERVER] [PAIR]
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './generated/bilat-rest.js';

type Meeting = components['schemas']['Meeting'];

const server = process.argv[2] ?? process.env.BILAT_API_URL ?? 'http://localhost:4000';
const pair = process.argv[3] ?? 'KZ-LT';
const headers: Record<string, string> = process.env.BILAT_API_KEY ? { authorization: `Bearer ${process.env.BILAT_API_KEY}` } : {};
const api = createClient<paths>({ baseUrl: `${server}/api/v1`, headers });

function meetingLine(meeting: Pick<Meeting, 'date' | 'title'>): string {
  return `  ${(meeting.date?.start ?? 'undated').padEnd(10)}  ${meeting.title}`;
}

const pairs = await api.GET('/pairs', { params: { query: { limit: 20 } } });
const dossier = pairs.data && (await api.GET('/pairs/{pair}/dossier', { params: { path: { pair } } }));
// Errors are typed too: the body the server documents for each status.
const error = pairs.error ?? dossier?.error;
if (error || !pairs.data || !dossier?.data) {
  console.error(`bilat: ${error?.code ?? 'no answer'}: ${error?.message ?? 'nothing came back'}`);
  process.exit(1);
}

const shown = pairs.data.items.length;
console.log(`${pairs.data.total} country pairs${pairs.data.total > shown ? `, the ${shown} with most meetings` : ''}:`);
for (const summary of pairs.data.items) {
  console.log(`  ${summary.pair.padEnd(7)} ${summary.meetings} meetings, ${summary.agreements} agreements, ${summary.tradeYears} years of trade`);
}
console.log(`\nMeetings of ${dossier.data.pair} (${dossier.data.meetings.total}):`);
for (const meeting of dossier.data.meetings.items) console.log(meetingLine(meeting));
// The dossier carries the first page of each long section; its cursor pages on.
for (let cursor = dossier.data.meetings.nextCursor; cursor; ) {
  const page = await api.GET('/pairs/{pair}/dossier/{section}', { params: { path: { pair, section: 'meetings' }, query: { cursor } } });
  if (!page.data || page.data.section !== 'meetings') break;
  for (const meeting of page.data.items as Meeting[]) console.log(meetingLine(meeting));
  cursor = page.data.nextCursor;
}
