/**
 * Creating accounts: citizens sign themselves up (built behind the same Session contract a national
 * identity provider over OpenID Connect would later fill); officials' accounts and their roles are
 * kept by system administrators. Each change is one transaction with its audit event.
 */
import {
  badInput,
  domainError,
  ErrorCode,
  forbidden,
  hasRole,
  isUuid,
  unauthenticated,
  type SubgraphContext,
  type Tx,
} from '@motcua/subgraph-kit';
import { newAccountProblem, staffRolesProblem, type NewAccount } from '../domain/account-rules.js';
import { hashPassword } from '../domain/passwords.js';
import type { AccessTokenSigner } from '../domain/tokens.js';
import type { Problem } from '../domain/secondment-rules.js';
import {
  accountForUpdate,
  audit,
  insertAccount,
  replaceRoleGrants,
  unlock,
  type RoleGrantRow,
} from '../store/accounts.js';
import { agenciesByIds } from '../store/queries.js';
import { accountIdOf, issueSession, normaliseUsername } from './auth.js';

type GrantInput = { role: RoleGrantRow['role']; agencyId: string };

const fail = (problem: Problem) => badInput(problem.message, problem.field);
const usernameTaken = () =>
  domainError(ErrorCode.CONFLICT, 'Tên đăng nhập đã có người dùng. / This username is taken.', 'username');

function requireSystemAdmin(ctx: SubgraphContext): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  if (!hasRole(ctx.principal, 'SYSTEM_ADMIN'))
    throw forbidden('Chỉ quản trị hệ thống quản lý tài khoản. / Only system administrators manage accounts.');
}

async function checkedGrants(tx: Tx, grants: GrantInput[]): Promise<GrantInput[]> {
  const problem = staffRolesProblem(grants);
  if (problem) throw fail(problem);
  const ids = [...new Set(grants.map((grant) => grant.agencyId))];
  const known = ids.every(isUuid)
    ? new Set((await agenciesByIds(tx, ids)).map((agency) => agency.id))
    : new Set<string>();
  if (ids.some((id) => !known.has(id)))
    throw domainError(
      ErrorCode.NOT_FOUND,
      'Có vai trò gắn với cơ quan không tồn tại. / A role names an agency that does not exist.',
      'roles',
    );
  return grants;
}

function normalised(input: NewAccount): NewAccount {
  return {
    username: normaliseUsername(input.username),
    displayName: input.displayName.trim(),
    password: input.password,
  };
}

export function accountAdminResolvers(signer: AccessTokenSigner) {
  return {
    signUpCitizen: async (_parent: unknown, { input }: { input: NewAccount }, ctx: SubgraphContext) => {
      const account = normalised(input);
      const problem = newAccountProblem(account);
      if (problem) throw fail(problem);
      const passwordHash = await hashPassword(account.password);
      return ctx.db.transaction(async (tx) => {
        const row = await insertAccount(tx, {
          username: account.username,
          displayName: account.displayName,
          kind: 'CITIZEN',
          passwordHash,
        });
        if (!row) throw usernameTaken();
        await audit(tx, row.id, 'account.signed_up', row.id);
        return (await issueSession(tx, signer, row, new Date())).session;
      });
    },

    createStaffAccount: async (
      _parent: unknown,
      { input }: { input: NewAccount & { roles: GrantInput[] } },
      ctx: SubgraphContext,
    ) => {
      requireSystemAdmin(ctx);
      const account = normalised(input);
      const problem = newAccountProblem(account);
      if (problem) throw fail(problem);
      const passwordHash = await hashPassword(account.password);
      const row = await ctx.db.transaction(async (tx) => {
        const grants = await checkedGrants(tx, input.roles);
        const created = await insertAccount(tx, {
          username: account.username,
          displayName: account.displayName,
          kind: 'STAFF',
          passwordHash,
        });
        if (!created) throw usernameTaken();
        await replaceRoleGrants(tx, created.id, grants);
        await audit(tx, accountIdOf(ctx.principal) ?? 'unknown', 'account.created', created.id, { roles: grants });
        return created;
      });
      return { account: row };
    },

    setAccountRoles: async (
      _parent: unknown,
      { input }: { input: { accountId: string; roles: GrantInput[] } },
      ctx: SubgraphContext,
    ) => {
      requireSystemAdmin(ctx);
      const row = await ctx.db.transaction(async (tx) => {
        // Locked, so two overlapping replacements apply one after the other instead of merging.
        const account = isUuid(input.accountId) ? await accountForUpdate(tx, input.accountId) : null;
        if (!account) throw domainError(ErrorCode.NOT_FOUND, 'Không có tài khoản này. / No such account.', 'accountId');
        if (account.kind !== 'STAFF')
          throw badInput('Chỉ gán vai trò cho tài khoản cán bộ. / Roles are for staff accounts.', 'accountId');
        if (account.id === accountIdOf(ctx.principal) && !input.roles.some((grant) => grant.role === 'SYSTEM_ADMIN')) {
          // Keeps the province from locking itself out of its own administration by mistake.
          throw badInput(
            'Không thể tự bỏ quyền quản trị của mình. / You cannot remove your own administrator role.',
            'roles',
          );
        }
        const grants = await checkedGrants(tx, input.roles);
        await replaceRoleGrants(tx, account.id, grants);
        await audit(tx, accountIdOf(ctx.principal) ?? 'unknown', 'account.roles_set', account.id, { roles: grants });
        return account;
      });
      return { account: row };
    },

    unlockAccount: async (_parent: unknown, { accountId }: { accountId: string }, ctx: SubgraphContext) => {
      requireSystemAdmin(ctx);
      const row = await ctx.db.transaction(async (tx) => {
        const unlocked = isUuid(accountId) ? await unlock(tx, accountId) : null;
        if (!unlocked)
          throw domainError(ErrorCode.NOT_FOUND, 'Không có tài khoản này. / No such account.', 'accountId');
        await audit(tx, accountIdOf(ctx.principal) ?? 'unknown', 'account.unlocked', unlocked.id);
        return unlocked;
      });
      return { account: row };
    },
  };
}
