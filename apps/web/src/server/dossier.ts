import 'server-only';
import type { RouterOutputs } from '@bilat/api';
import { holdingOnDate, type Dossier, type Organization, type Person, type Place } from '@bilat/domain';
import { cache } from 'react';
import { api } from '~/trpc/server';
import { changesSince, type ChangeMark } from './changes';
import { currentCaller } from './session';
import { orNotFound } from './records';

export interface PostOnTheDay {
  title: string;
  organization: string | null;
  /** How sure the post is for that day: from the meeting record (`stated`) or a holding's dates or attestations. */
  basis: 'meeting' | 'exact' | 'approximate';
}

/** The dossier with what its page needs beside it, looked up once. */
export interface DossierView {
  dossier: Dossier;
  sourceTitles: Map<string, string>;
  /** A source's number in the page's source list, so citation marks match it. */
  sourceNumbers: Map<string, number>;
  people: Map<string, Person>;
  places: Map<string, Place>;
  /** Joint bodies of the two parties (commissions, friendship groups), and the organizations the dossier names. */
  bodies: Organization[];
  /** `meetingId|personId` or `visitId|personId` → the post held that day. */
  posts: Map<string, PostOnTheDay>;
  marks: Map<string, ChangeMark>;
  /** Each party's capital today, from its places (a place marked capital with no end). */
  capitals: Map<string, string>;
  /** The signed-in key may write: figures get edit links. */
  canWrite: boolean;
}

type Caller = Awaited<ReturnType<typeof api>>;

/** Posts of visitors who took part in no meeting: from their holdings that cover the visit's date. */
async function visitorPosts(caller: Caller, dossier: Dossier, people: Map<string, Person>, posts: Map<string, PostOnTheDay>) {
  const wanted = dossier.visits.flatMap(({ visit }) => visit.visitorIds.map((personId) => ({ visit, personId })));
  const holdingsOf = new Map<string, RouterOutputs['holdings']['list']['items']>();
  for (const { visit, personId } of wanted) {
    if (!people.has(personId)) {
      const person = await caller.people.get({ id: personId }).catch(() => undefined);
      if (person) people.set(personId, person);
    }
    if (!holdingsOf.has(personId)) holdingsOf.set(personId, (await caller.holdings.list({ person: personId, limit: 100 })).items);
    for (const holding of holdingsOf.get(personId)!) {
      const match = holdingOnDate(holding, visit.date.start);
      if (match === 'none') continue;
      const post = await caller.posts.get({ id: holding.postId }).catch(() => undefined);
      if (!post) continue;
      const organization = await caller.organizations.get({ id: post.organizationId }).catch(() => undefined);
      posts.set(`${visit.id}|${personId}`, { title: post.title, organization: organization?.name ?? null, basis: match });
      break;
    }
  }
}

/** Everything the dossier page of a pair shows, as of a date when given; `changed` marks records changed since then. */
export const loadDossierView = cache(async (pair: string, asOf: string | undefined, changed: string | undefined): Promise<DossierView> => {
  const caller = await api();
  const [a, b] = pair.split('-') as [string, string];
  const [dossier, joint, marks, placesA, placesB] = await Promise.all([
    orNotFound(() => caller.pairs.dossier({ pair, asOf })),
    caller.organizations.list({ country: a, partner: b, limit: 100 }),
    changed ? changesSince(changed) : Promise.resolve(new Map<string, ChangeMark>()),
    caller.places.list({ country: a, limit: 500 }),
    caller.places.list({ country: b, limit: 500 }),
  ]);
  const capitals = new Map<string, string>();
  for (const place of [...placesA.items, ...placesB.items]) if (place.capital && !place.capital.to) capitals.set(place.country, place.name);
  const people = new Map(dossier.people.map((entry) => [entry.person.id, entry.person]));
  const posts = new Map<string, PostOnTheDay>();
  for (const entry of dossier.people) {
    for (const post of entry.posts) posts.set(`${post.meetingId}|${entry.person.id}`, { title: post.title, organization: post.organization, basis: 'meeting' });
  }
  await visitorPosts(caller, dossier, people, posts);
  const bodies = new Map<string, Organization>();
  for (const organization of [...joint.items, ...dossier.organizations]) bodies.set(organization.id, organization);
  return {
    dossier,
    sourceTitles: new Map(dossier.sources.map((source) => [source.id, source.title])),
    sourceNumbers: new Map(dossier.sources.map((source, index) => [source.id, index + 1])),
    people,
    places: new Map(dossier.places.map((place) => [place.id, place])),
    bodies: [...bodies.values()],
    posts,
    marks,
    capitals,
    canWrite: ['write', 'admin'].includes((await currentCaller()).scope ?? ''),
  };
});
