import type { Proposal } from '~/server/inbox';

/** A proposal as the review screen gets it from the server: with the held record's page worked out there (links need the domain package, which stays off the client). */
export type ReviewItem = Proposal & { matchedHref?: string };
