/**
 * The evaluations subgraph's resolvers. Individual ratings can carry comments about named
 * officials, so reading them is for staff; the public sees aggregate figures (a later issue).
 */
import {
  decodeCursor,
  forbidden,
  inKeyOrder,
  isUuid,
  pageSize,
  toConnection,
  unauthenticated,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { ratingPage, ratingsByIds, type RatingPageKey, type RatingRow } from '../store/queries.js';

const isPageKey = (value: unknown): value is RatingPageKey =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string' &&
  isUuid(value[1]);

function requireStaff(ctx: SubgraphContext): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  if (ctx.principal.kind !== 'staff') throw forbidden('Only staff may read individual ratings.');
}

const ratingById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, RatingRow>('ratingById', async (ids) =>
    inKeyOrder(ids, await ratingsByIds(db, ids), (row) => row.id),
  );

export const resolvers: Resolvers = {
  Query: {
    ratings: async (_parent, args: { first?: number | null; after?: string | null }, ctx: SubgraphContext) => {
      requireStaff(ctx);
      const size = pageSize(args.first);
      const after = decodeCursor(args.after, isPageKey);
      const { rows, totalCount } = await ratingPage(ctx.db, { after, limit: size + 1 });
      return toConnection(
        rows,
        size,
        totalCount,
        (row) => [row.createdAt.toISOString(), row.id],
        (row) => row,
        after !== null,
      );
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
