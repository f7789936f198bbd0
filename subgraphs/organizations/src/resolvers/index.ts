/**
 * The organizations subgraph's resolvers. The administrative tree and the list of agencies are
 * public information (they are published on every provincial portal), so every principal may read
 * them; write operations arrive with the staffing issue and will check roles.
 */
import {
  forbidden,
  hasRole,
  isStringIdKey,
  isUuid,
  keysetConnection,
  unauthenticated,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import {
  agencyPage,
  rootUnits,
  type AgencyKind,
  type AgencyPageKey,
  type AgencyRow,
  type UnitRow,
} from '../store/queries.js';
import type { AccessTokenSigner } from '../domain/tokens.js';
import { accountPage, type AccountPageKey, type AccountRow, type RoleGrantRow } from '../store/accounts.js';
import { accountIdOf, authResolvers } from './auth.js';
import { vietnamToday } from '../domain/calendar-date.js';
import { accountAdminResolvers } from './account-admin.js';
import { apiClientResolvers } from './api-clients.js';
import { organizationAdminResolvers } from './organization-admin.js';
import { staffingResolvers } from './staffing.js';
import {
  accountById,
  agenciesOfUnit,
  agencyById,
  childCountOfUnit,
  childrenOfUnit,
  grantsOfAccount,
  predecessorsOfUnit,
  unitById,
} from './loaders.js';

const isAgencyPageKey = (value: unknown): value is AgencyPageKey =>
  Array.isArray(value) &&
  value.length === 2 &&
  Number.isInteger(value[0]) &&
  typeof value[1] === 'string' &&
  isUuid(value[1]);

/** Unknown or malformed ids simply find nothing, as GraphQL clients expect of `node`-like lookups. */
const loadIfUuid = <T>(id: string, load: (id: string) => Promise<T | null>) => (isUuid(id) ? load(id) : null);

const isAccountPageKey = (value: unknown): value is AccountPageKey => isStringIdKey(value);

function requireSystemAdmin(ctx: SubgraphContext): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  if (!hasRole(ctx.principal, 'SYSTEM_ADMIN'))
    throw forbidden('Chỉ quản trị hệ thống được xem tài khoản. / Only system administrators may see accounts.');
}

export function createResolvers(signer: AccessTokenSigner): Resolvers {
  const auth = authResolvers(signer);
  const accountAdmin = accountAdminResolvers(signer);
  return {
    Mutation: {
      ...staffingResolvers.Mutation,
      ...apiClientResolvers.Mutation,
      ...accountAdmin,
      ...organizationAdminResolvers,
      signIn: auth.signIn,
      refreshSession: auth.refreshSession,
      signOut: auth.signOut,
    },
    Query: {
      ...staffingResolvers.Query,
      ...apiClientResolvers.Query,
      me: (_parent, _args, ctx: SubgraphContext) => {
        const id = accountIdOf(ctx.principal);
        return id ? accountById(ctx).load(id) : null;
      },
      accounts: (_parent, args: { first?: number | null; after?: string | null }, ctx: SubgraphContext) => {
        requireSystemAdmin(ctx);
        return keysetConnection({
          first: args.first,
          after: args.after,
          isKey: isAccountPageKey,
          keyOf: (row: AccountRow): AccountPageKey => [row.username, row.id],
          fetch: (after, limit) => accountPage(ctx.db, after, limit),
        });
      },
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
      parent: (unit: UnitRow, _args, ctx: SubgraphContext) =>
        unit.parentId ? unitById(ctx).load(unit.parentId) : null,
      children: async (unit: UnitRow, { includeFormer }: { includeFormer?: boolean | null }, ctx: SubgraphContext) => {
        const children = (await childrenOfUnit(ctx).load(unit.id)) ?? [];
        const today = vietnamToday(new Date());
        return includeFormer ? children : children.filter((child) => child.validTo === null || child.validTo >= today);
      },
      successor: (unit: UnitRow, _args, ctx: SubgraphContext) =>
        unit.successorId ? unitById(ctx).load(unit.successorId) : null,
      predecessors: (unit: UnitRow, _args, ctx: SubgraphContext) => predecessorsOfUnit(ctx).load(unit.id),
      childCount: (unit: UnitRow, _args, ctx: SubgraphContext) => childCountOfUnit(ctx).load(unit.id),
      agencies: (unit: UnitRow, _args, ctx: SubgraphContext) => agenciesOfUnit(ctx).load(unit.id),
    },
    ApiClient: apiClientResolvers.ApiClient,
    OneStopSection: staffingResolvers.OneStopSection,
    Counter: staffingResolvers.Counter,
    Official: staffingResolvers.Official,
    Secondment: staffingResolvers.Secondment,
    Account: {
      // An account is visible to itself and to system administrators, nobody else.
      __resolveReference: async ({ id }: { id: string }, ctx: SubgraphContext) => {
        if (accountIdOf(ctx.principal) !== id) requireSystemAdmin(ctx);
        return loadIfUuid(id, (key) => accountById(ctx).load(key));
      },
      roles: (account: AccountRow, _args, ctx: SubgraphContext) => grantsOfAccount(ctx).load(account.id),
      lockedUntil: (account: AccountRow) => account.lockedUntil?.toISOString() ?? null,
      createdAt: (account: AccountRow) => account.createdAt.toISOString(),
    },
    RoleGrant: {
      agency: (grant: RoleGrantRow, _args, ctx: SubgraphContext) => agencyById(ctx).load(grant.agencyId),
    },
    Agency: {
      __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) =>
        loadIfUuid(id, (key) => agencyById(ctx).load(key)),
      unit: (agency: AgencyRow, _args, ctx: SubgraphContext) => unitById(ctx).load(agency.unitId),
    },
  };
}
