/**
 * The evaluations subgraph's resolvers. Individual ratings can carry comments about named
 * officials, so reading them is for staff; the public sees aggregate figures (a later issue).
 */
import {
  forbidden,
  inKeyOrder,
  isTimestampIdKey,
  isUuid,
  keysetConnection,
  unauthenticated,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { ratingPage, ratingsByIds, type RatingPageKey, type RatingRow } from '../store/queries.js';

function requireStaff(ctx: SubgraphContext): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  // An account whose roles were all removed keeps kind 'staff' but has no business here.
  if (ctx.principal.kind !== 'staff' || ctx.principal.roles.length === 0)
    throw forbidden('Only staff may read individual ratings.');
}

const ratingById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, RatingRow>('ratingById', async (ids) =>
    inKeyOrder(ids, await ratingsByIds(db, ids), (row) => row.id),
  );

export const resolvers: Resolvers = {
  Query: {
    ratings: async (_parent, args: { first?: number | null; after?: string | null }, ctx: SubgraphContext) => {
      requireStaff(ctx);
      return keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isTimestampIdKey,
        keyOf: (row: RatingRow): RatingPageKey => [row.createdAt.toISOString(), row.id],
        fetch: (after, limit) => ratingPage(ctx.db, { after, limit }),
      });
    },
  },
  Rating: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) => {
      requireStaff(ctx);
      return isUuid(id) ? ratingById(ctx).load(id) : null;
    },
    dossier: (rating: RatingRow) => ({ __typename: 'Dossier', id: rating.dossierId }),
    createdAt: (rating: RatingRow) => rating.createdAt.toISOString(),
  },
};
