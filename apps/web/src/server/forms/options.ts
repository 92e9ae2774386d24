import 'server-only';
import { formatPartialDate, partyName } from '@bilat/domain';
import type { Option } from '~/components/forms/fields';
import { type api } from '~/trpc/server';

type Caller = Awaited<ReturnType<typeof api>>;

/** Every page of a list, up to a bound, for the choices of a form. */
async function all<T>(read: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>, bound = 2000): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < bound);
  return items;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/**
 * The people a form offers. For a pair, the people of its two parties (and those named
 * in `include`, the record's own): with the Office of the Historian's thousands of
 * people loaded, everyone would be a list nobody can use.
 */
export async function peopleOptions(caller: Caller, scope: { parties?: readonly string[]; include?: readonly string[] } = {}): Promise<Option[]> {
  let people: Awaited<ReturnType<typeof caller.people.list>>['items'];
  if (scope.parties?.length) {
    people = (await Promise.all(scope.parties.map((country) => all((cursor) => caller.people.list({ country, limit: 500, cursor }))))).flat();
    for (const id of scope.include ?? []) {
      if (people.some((person) => person.id === id)) continue;
      const person = await caller.people.get({ id }).catch(() => undefined);
      if (person) people.push(person);
    }
    people = [...new Map(people.map((person) => [person.id, person])).values()];
  } else people = await all((cursor) => caller.people.list({ limit: 500, cursor }));
  return people.map((person) => ({ value: person.id, label: `${person.name}${person.country ? ` (${person.country})` : ''}` })).sort(byLabel);
}

export async function postOptions(caller: Caller): Promise<Option[]> {
  const [posts, organizations] = await Promise.all([all((cursor) => caller.posts.list({ limit: 500, cursor })), all((cursor) => caller.organizations.list({ limit: 500, cursor }))]);
  const names = new Map(organizations.map((organization) => [organization.id, organization.name]));
  return posts
    .map((post) => {
      const organization = names.get(post.organizationId);
      return { value: post.id, label: organization && !post.title.includes(organization) ? `${post.title}, ${organization}` : post.title };
    })
    .sort(byLabel);
}

export async function sourceOptions(caller: Caller): Promise<Option[]> {
  const sources = await all((cursor) => caller.sources.list({ limit: 500, cursor }));
  return sources.map((source) => ({ value: source.id, label: `${source.publisher}: ${source.title}${source.published ? ` (${formatPartialDate(source.published)})` : ''}` }));
}

export async function placeOptions(caller: Caller): Promise<Option[]> {
  const places = await all((cursor) => caller.places.list({ limit: 500, cursor }));
  return places.map((place) => ({ value: place.id, label: `${place.name}, ${partyName(place.country)}` })).sort(byLabel);
}

/** The series and visits of a pair, for a meeting's "part of" choices. */
export async function pairEventOptions(caller: Caller, pair: string | undefined): Promise<{ series: Option[]; visits: Option[]; meetings: Option[] }> {
  if (!pair) return { series: [], visits: [], meetings: [] };
  const [a, b] = pair.split('-') as [string, string];
  const [series, visits, meetings] = await Promise.all([
    all((cursor) => caller.series.list({ country: a, partner: b, limit: 500, cursor })),
    all((cursor) => caller.visits.list({ country: a, partner: b, limit: 500, cursor })),
    all((cursor) => caller.meetings.list({ country: a, partner: b, limit: 500, cursor })),
  ]);
  return {
    series: series.map((s) => ({ value: s.id, label: s.name })),
    visits: visits.map((v) => ({ value: v.id, label: v.title })),
    meetings: meetings.map((m) => ({ value: m.id, label: m.title })),
  };
}

export function sideOptions(pair: string | undefined): Option[] {
  return (pair?.split('-') ?? []).map((code) => ({ value: code, label: `${partyName(code)} (${code})` }));
}
