/** API clients: system administrators create and revoke them; the gateway verifies keys internally. */
import {
  badInput,
  domainError,
  ErrorCode,
  forbidden,
  hasRole,
  isTimestampIdKey,
  isUuid,
  keysetConnection,
  unauthenticated,
  type Db,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { hashApiKey, newApiKey, scopeClaim } from '../domain/api-keys.js';
import { audit } from '../store/accounts.js';
import {
  activeApiClientByKeyHash,
  apiClientPage,
  insertApiClient,
  revokeApiClientRow,
  type ApiClientPageKey,
  type ApiClientRow,
} from '../store/api-clients.js';
import { accountIdOf } from './auth.js';
import { agencyById } from './loaders.js';

function requireSystemAdmin(ctx: SubgraphContext): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  if (!hasRole(ctx.principal, 'SYSTEM_ADMIN'))
    throw forbidden('Chỉ quản trị hệ thống quản lý khoá API. / Only system administrators manage API clients.');
}

export const apiClientResolvers = {
  Query: {
    apiClients: (_parent: unknown, args: { first?: number | null; after?: string | null }, ctx: SubgraphContext) => {
      requireSystemAdmin(ctx);
      return keysetConnection({
        first: args.first,
        after: args.after,
        isKey: (value: unknown): value is ApiClientPageKey => isTimestampIdKey(value),
        keyOf: (row: ApiClientRow): ApiClientPageKey => [row.createdAt.toISOString(), row.id],
        fetch: (after, limit) => apiClientPage(ctx.db, after, limit),
      });
    },
  },
  Mutation: {
    createApiClient: async (
      _parent: unknown,
      { input }: { input: { name: string; ownerAgencyId: string; scopes: string[] } },
      ctx: SubgraphContext,
    ) => {
      requireSystemAdmin(ctx);
      const name = input.name.trim();
      if (!name) throw badInput('Hãy đặt tên cho khoá. / Give the client a name.', 'name');
      if (input.scopes.length === 0) throw badInput('Chọn ít nhất một phạm vi. / Choose at least one scope.', 'scopes');
      const owner = isUuid(input.ownerAgencyId) ? await agencyById(ctx).load(input.ownerAgencyId) : null;
      if (!owner) throw domainError(ErrorCode.NOT_FOUND, 'Không có cơ quan này. / No such agency.', 'ownerAgencyId');
      const { key, hash, prefix } = newApiKey();
      const apiClient = await ctx.db.transaction(async (tx) => {
        const row = await insertApiClient(tx, {
          name,
          ownerAgencyId: owner.id,
          scopes: [...new Set(input.scopes)],
          keyHash: hash,
          keyPrefix: prefix,
        });
        await audit(tx, accountIdOf(ctx.principal) ?? 'unknown', 'api_client.created', row.id, {
          name,
          scopes: row.scopes,
        });
        return row;
      });
      return { apiClient, apiKey: key };
    },
    revokeApiClient: async (_parent: unknown, { id }: { id: string }, ctx: SubgraphContext) => {
      requireSystemAdmin(ctx);
      if (!isUuid(id)) throw domainError(ErrorCode.NOT_FOUND, 'Không có khoá này. / No such API client.', 'id');
      return ctx.db.transaction(async (tx) => {
        const row = await revokeApiClientRow(tx, id, new Date());
        if (!row) throw domainError(ErrorCode.NOT_FOUND, 'Không có khoá này. / No such API client.', 'id');
        await audit(tx, accountIdOf(ctx.principal) ?? 'unknown', 'api_client.revoked', row.id);
        return row;
      });
    },
  },
  ApiClient: {
    ownerAgency: (row: ApiClientRow, _args: unknown, ctx: SubgraphContext) => agencyById(ctx).load(row.ownerAgencyId),
    createdAt: (row: ApiClientRow) => row.createdAt.toISOString(),
    revokedAt: (row: ApiClientRow) => row.revokedAt?.toISOString() ?? null,
  },
};

/** The gateway's internal call: which client a key belongs to, or null for an unknown or revoked key. */
export async function verifyApiKey(body: unknown, db: Db) {
  const key = typeof body === 'object' && body !== null ? (body as { key?: unknown }).key : undefined;
  if (typeof key !== 'string' || key.length > 200) return null;
  const client = await activeApiClientByKeyHash(db, hashApiKey(key));
  if (!client) return null;
  return { clientId: client.id, ownerAgencyId: client.ownerAgencyId, scopes: client.scopes.map(scopeClaim) };
}
