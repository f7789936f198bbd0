/**
 * The organizations subgraph's resolvers. The administrative tree and the list of agencies are
 * public information (they are published on every provincial portal), so every principal may read
 * them; write operations arrive with the staffing issue and will check roles.
 */
import { isUuid, keysetConnection, type Resolvers, type SubgraphContext } from '@motcua/subgraph-kit';
import {
  agencyPage,
  rootUnits,
  type AgencyKind,
  type AgencyPageKey,
  type AgencyRow,
  type UnitRow,
} from '../store/queries.js';
import { agenciesOfUnit, agencyById, childCountOfUnit, childrenOfUnit, unitById } from './loaders.js';

const isAgencyPageKey = (value: unknown): value is AgencyPageKey =>
  Array.isArray(value) &&
  value.length === 2 &&
  Number.isInteger(value[0]) &&
  typeof value[1] === 'string' &&
  isUuid(value[1]);

/** Unknown or malformed ids simply find nothing, as GraphQL clients expect of `node`-like lookups. */
const loadIfUuid = <T>(id: string, load: (id: string) => Promise<T | null>) => (isUuid(id) ? load(id) : null);

export const resolvers: Resolvers = {
  Query: {
    administrativeUnitRoots: (_parent, _args, ctx: SubgraphContext) => rootUnits(ctx.db),
    administrativeUnit: (_parent, { id }: { id: string }, ctx: SubgraphContext) =>
      loadIfUuid(id, (key) => unitById(ctx).load(key)),
    agency: (_parent, { id }: { id: string }, ctx: SubgraphContext) =>
      loadIfUuid(id, (key) => agencyById(ctx).load(key)),
    agencies: async (
      _parent,
      args: { first?: number | null; after?: string | null; kind?: AgencyKind | null },
      ctx: SubgraphContext,
    ) =>
      keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isAgencyPageKey,
        keyOf: (row: AgencyRow): AgencyPageKey => [row.sortOrder, row.id],
        fetch: (after, limit) => agencyPage(ctx.db, { after, limit, kind: args.kind }),
      }),
  },
  AdministrativeUnit: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) =>
      loadIfUuid(id, (key) => unitById(ctx).load(key)),
    parent: (unit: UnitRow, _args, ctx: SubgraphContext) => (unit.parentId ? unitById(ctx).load(unit.parentId) : null),
    children: (unit: UnitRow, _args, ctx: SubgraphContext) => childrenOfUnit(ctx).load(unit.id),
    childCount: (unit: UnitRow, _args, ctx: SubgraphContext) => childCountOfUnit(ctx).load(unit.id),
    agencies: (unit: UnitRow, _args, ctx: SubgraphContext) => agenciesOfUnit(ctx).load(unit.id),
  },
  Agency: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) =>
      loadIfUuid(id, (key) => agencyById(ctx).load(key)),
    unit: (agency: AgencyRow, _args, ctx: SubgraphContext) => unitById(ctx).load(agency.unitId),
  },
};
