/*
 * The country pairs bilat holds, then one pair's meetings, through the typed client.
 *
 *   npx tsx examples/dossier-meetings.ts [SERVER] [PAIR]
 *
 * SERVER is a running `bilat serve` (default: $BILAT_API_URL, else http://localhost:4000);
 * PAIR defaults to KZ-LT. Every call and field below is checked by TypeScript against
 * the API's own types: `meeting.date.begin` or `pair.meetingCount` would not compile.
 */
import { createBilatClient, isBilatError, type Meeting } from '@bilat/client';

const server = process.argv[2] ?? process.env.BILAT_API_URL ?? 'http://localhost:4000';
const pair = process.argv[3] ?? 'KZ-LT';
const bilat = createBilatClient({ url: server, apiKey: process.env.BILAT_API_KEY });

/** One line per meeting: its date as precise as the source gave it, its title. */
function meetingLine(meeting: Pick<Meeting, 'date' | 'title'>): string {
  return `  ${(meeting.date?.start ?? 'undated').padEnd(10)}  ${meeting.title}`;
}

try {
  const pairs = await bilat.pairs.list.query({ limit: 20 });
  console.log(`${pairs.total} country pairs${pairs.total > pairs.items.length ? `, the ${pairs.items.length} with most meetings` : ''}:`);
  for (const summary of pairs.items) {
    console.log(`  ${summary.pair.padEnd(7)} ${summary.meetings} meetings, ${summary.agreements} agreements, ${summary.tradeYears} years of trade`);
  }

  // The dossier carries the first page of each long section; its cursor pages on.
  const dossier = await bilat.pairs.dossier.query({ pair });
  console.log(`\nMeetings of ${dossier.pair} (${dossier.meetings.total}):`);
  for (const meeting of dossier.meetings.items) console.log(meetingLine(meeting));
  for (let cursor = dossier.meetings.nextCursor; cursor; ) {
    const page = await bilat.pairs.dossierSection.query({ pair, section: 'meetings', cursor });
    if (page.section !== 'meetings') break;
    for (const meeting of page.items) console.log(meetingLine(meeting));
    cursor = page.nextCursor;
  }
} catch (error) {
  // A refused call carries the server's code and, for a bad input, the field at fault.
  if (!isBilatError(error)) throw error;
  console.error(`bilat: ${error.data?.code ?? 'no answer'}: ${error.message}`);
  process.exitCode = 1;
}
