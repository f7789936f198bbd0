/**
 * The procedures subgraph's resolvers. The catalogue is public by law (every procedure must be
 * published), so reads are open to every principal, anonymous included.
 */
import {
  decodeCursor,
  inKeyOrder,
  isUuid,
  pageSize,
  toConnection,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { searchTerms } from '../domain/search-text.js';
import { procedurePage, proceduresByIds, type ProcedurePageKey, type ProcedureRow } from '../store/queries.js';

const isPageKey = (value: unknown): value is ProcedurePageKey =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string' &&
  isUuid(value[1]);

const procedureById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, ProcedureRow>('procedureById', async (ids) =>
    inKeyOrder(ids, await proceduresByIds(db, ids), (row) => row.id),
  );

export const resolvers: Resolvers = {
  Query: {
    procedures: async (
      _parent,
      args: { first?: number | null; after?: string | null; search?: string | null },
      ctx: SubgraphContext,
    ) => {
      const size = pageSize(args.first);
      const after = decodeCursor(args.after, isPageKey);
      const { rows, totalCount } = await procedurePage(ctx.db, {
        terms: searchTerms(args.search),
        after,
        limit: size + 1,
      });
      return toConnection(
        rows,
        size,
        totalCount,
        (row) => [row.searchText, row.id],
        (row) => row,
        after !== null,
      );
    },
    procedure: (_parent, { id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? procedureById(ctx).load(id) : null,
  },
  Procedure: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? procedureById(ctx).load(id) : null,
    competentAgency: (procedure: ProcedureRow) => ({ __typename: 'Agency', id: procedure.competentAgencyId }),
  },
};
