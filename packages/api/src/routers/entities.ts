import {
  listOrganizations,
  listPeople,
  listRecords,
  listSources,
  mergePeople,
  whoHeld,
} from '@bilat/db';
import {
  holdingSchema,
  idSchema,
  organizationKindSchema,
  organizationSchema,
  partialDateSchema,
  partyCodeSchema,
  personSchema,
  placeSchema,
  postSchema,
  sourceSchema,
} from '@bilat/domain';
import { z } from 'zod';
import { expectedRevisionOf, expectedRevisionShape, revisionSchema } from '../revisions.js';
import { readProcedure, router, writeProcedure } from '../trpc.js';
import { recordProcedures } from './records.js';
import { toListFilter } from './shared.js';

const holderSchema = z.object({
  person: personSchema,
  post: postSchema,
  holdings: z.array(holdingSchema),
  match: z.enum(['exact', 'approximate']),
});

/** People (officials): the REST collection is /officials, as the web viewer's pages are. */
export const peopleRouter = router({
  ...recordProcedures(personSchema, {
    kind: 'person',
    path: '/officials',
    tag: 'Officials',
    filters: {},
    list: (db, input) => listPeople(db, toListFilter(input)),
  }),
  /** Who held a post on a day: by post id, or by words of its title. */
  holders: readProcedure
    .meta({ openapi: { method: 'GET', path: '/holders', tags: ['Officials'], summary: 'Who held a post on a day' } })
    .input(
      z
        .object({
          postId: idSchema.optional(),
          post: z.string().min(1).max(200).optional().describe('Words of the post title, e.g. "minister of foreign affairs"'),
          on: partialDateSchema.describe('The day (or month, or year)'),
          country: partyCodeSchema.optional(),
        })
        .refine((input) => input.postId || input.post, { message: 'Give postId or post', path: ['post'] }),
    )
    .output(z.array(holderSchema))
    .query(({ ctx, input }) => whoHeld(ctx.db, input)),
  merge: writeProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/officials/{id}/merge',
        tags: ['Officials'],
        summary: 'Merge this person into another; the id then redirects',
        description: 'If-Match names the revision of this person (the one merged away); intoExpectedRevision that of the person who remains. Either stale: 412 and nothing is written.',
      },
    })
    .input(
      z.object({
        id: idSchema,
        into: idSchema,
        ...expectedRevisionShape,
        intoExpectedRevision: revisionSchema.optional().describe('The revision of the remaining person this merge is based on'),
      }),
    )
    .output(
      z.object({
        person: personSchema,
        revision: revisionSchema.describe('The remaining person\'s revision after the merge'),
        repointed: z.array(z.object({ kind: z.string(), id: idSchema })),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const merged = await mergePeople(ctx.database, input.id, input.into, { actor: ctx.caller.actor }, {
        expectedRevision: expectedRevisionOf(ctx, input.expectedRevision),
        intoExpectedRevision: input.intoExpectedRevision,
      });
      // No ETag: the answer is about the remaining person, not the one at this address.
      return merged;
    }),
});

export const organizationsRouter = router(
  recordProcedures(organizationSchema, {
    kind: 'organization',
    path: '/organizations',
    tag: 'Organizations',
    filters: { kind: organizationKindSchema.optional() },
    list: (db, input) => listOrganizations(db, Object.assign(toListFilter(input), { kind: input.kind })),
  }),
);

export const postsRouter = router(
  recordProcedures(postSchema, {
    kind: 'post',
    path: '/posts',
    tag: 'Posts',
    filters: { organization: idSchema.optional() },
    list: (db, input) =>
      listRecords(db, 'post', toListFilter(input), (q) => (input.organization ? q.where('r.organization_id', '=', input.organization) : q)),
  }),
);

export const holdingsRouter = router(
  recordProcedures(holdingSchema, {
    kind: 'holding',
    path: '/holdings',
    tag: 'Holdings',
    filters: { person: idSchema.optional(), post: idSchema.optional() },
    list: (db, input) =>
      listRecords(db, 'holding', toListFilter(input), (q) => {
        let query = q;
        if (input.person) query = query.where('r.person_id', '=', input.person);
        if (input.post) query = query.where('r.post_id', '=', input.post);
        return query;
      }),
  }),
);

export const placesRouter = router(
  recordProcedures(placeSchema, {
    kind: 'place',
    path: '/places',
    tag: 'Places',
    filters: {},
    list: (db, input) => listRecords(db, 'place', toListFilter(input)),
  }),
);

export const sourcesRouter = router(
  recordProcedures(sourceSchema, {
    kind: 'source',
    path: '/sources',
    tag: 'Sources',
    filters: {},
    list: (db, input) => listSources(db, toListFilter(input)),
  }),
);
