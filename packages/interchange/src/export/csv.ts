import { type Holding, type Meeting, type Organization, type Person, type Post } from '@bilat/domain';
import { citationsCell as cited, meetingCsvColumns, RELATION_CSV_COLUMNS, toCsv, TRADE_CSV_COLUMNS, type CsvColumn } from '@bilat/formats/csv';
import type { ExportFilter, ExportSink, RecordReader } from './reader.js';

/*
 * Spreadsheet tables: trade figures, meetings, officials with their posts, and relations events. Rows are
 * written a page at a time; codes such as "01" stay text, amounts stay exact.
 */

export const CSV_TABLES = ['trade', 'meetings', 'officials', 'relations'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

interface OfficialRow {
  person: Person;
  holding?: Holding;
  post?: Post;
  organization?: Organization;
}

const OFFICIAL_COLUMNS: CsvColumn<OfficialRow>[] = [
  { header: 'person_id', value: (r) => r.person.id },
  { header: 'name', value: (r) => r.person.name },
  { header: 'country', value: (r) => r.person.country },
  { header: 'wikidata', value: (r) => r.person.identifiers.find((i) => i.scheme === 'wikidata')?.value },
  { header: 'holding_id', value: (r) => r.holding?.id },
  { header: 'post_id', value: (r) => r.post?.id },
  { header: 'post', value: (r) => r.post?.title },
  { header: 'organization', value: (r) => r.organization?.name },
  { header: 'start', value: (r) => r.holding?.start },
  { header: 'end', value: (r) => r.holding?.end },
  { header: 'attested', value: (r) => r.holding?.attestations.map((a) => (a.event ? `${a.event} ${a.on}` : a.on)).join('; ') },
  { header: 'status', value: (r) => r.holding?.status ?? r.person.status },
  { header: 'citations', value: (r) => cited(r.holding?.citations ?? r.person.citations) },
];

/** Writes rows a page at a time: the header once, then the rows of each page. */
async function writePages<T>(sink: ExportSink, columns: readonly CsvColumn<T>[], pages: AsyncIterable<readonly T[]> | Iterable<readonly T[]>): Promise<number> {
  let count = 0;
  let first = true;
  for await (const page of pages) {
    if (!page.length) continue;
    const text = toCsv(page, columns);
    await sink.write(first ? text : text.slice(text.indexOf('\n') + 1));
    first = false;
    count += page.length;
  }
  if (first) await sink.write(toCsv([], columns));
  return count;
}

async function* officialPages(reader: RecordReader, filter: ExportFilter): AsyncGenerator<OfficialRow[]> {
  const posts = new Map<string, Post>();
  const organizations = new Map<string, Organization>();
  // Holdings are officials-scale (thousands): read once and looked up by person.
  const byPerson = new Map<string, Holding[]>();
  for await (const page of reader.pages('holding', {})) for (const holding of page) byPerson.set(holding.personId, [...(byPerson.get(holding.personId) ?? []), holding]);
  for await (const people of reader.pages('person', filter)) {
    const holdings = people.flatMap((person) => byPerson.get(person.id) ?? []);
    const missingPosts = [...new Set(holdings.map((h) => h.postId))].filter((id) => !posts.has(id));
    for (const post of await reader.get('post', missingPosts)) posts.set(post.id, post);
    const missingOrgs = [...new Set([...posts.values()].map((p) => p.organizationId))].filter((id) => !organizations.has(id));
    for (const organization of await reader.get('organization', missingOrgs)) organizations.set(organization.id, organization);
    const rows: OfficialRow[] = [];
    for (const person of people) {
      const held = holdings.filter((h) => h.personId === person.id).sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1));
      if (!held.length) rows.push({ person });
      for (const holding of held) {
        const post = posts.get(holding.postId);
        rows.push({ person, holding, post, organization: post ? organizations.get(post.organizationId) : undefined });
      }
    }
    yield rows;
  }
}

export async function exportCsv(reader: RecordReader, filter: ExportFilter, sink: ExportSink, table: CsvTable): Promise<number> {
  switch (table) {
    case 'trade':
      return writePages(sink, TRADE_CSV_COLUMNS, reader.pages('trade', filter));
    case 'meetings': {
      const meetings: Meeting[] = [];
      for await (const page of reader.pages('meeting', filter)) meetings.push(...page);
      const placeIds = [...new Set(meetings.map((m) => m.location.placeId).filter((id): id is string => Boolean(id)))];
      const personIds = [...new Set(meetings.flatMap((m) => m.participants.map((p) => p.personId)))];
      const places = new Map((await reader.get('place', placeIds)).map((p) => [p.id, p]));
      const people = new Map((await reader.get('person', personIds)).map((p) => [p.id, p]));
      return writePages(sink, meetingCsvColumns(places, people), [meetings]);
    }
    case 'officials':
      return writePages(sink, OFFICIAL_COLUMNS, officialPages(reader, filter));
    case 'relations':
      return writePages(sink, RELATION_CSV_COLUMNS, reader.pages('relation', filter));
  }
}

