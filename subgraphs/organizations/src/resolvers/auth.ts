/**
 * signIn, refreshSession, signOut and `me`. Each mutation is one transaction: the session row, the
 * failure count and the audit event are written together or not at all.
 */
import {
  badInput,
  domainError,
  ErrorCode,
  unauthenticated,
  type Principal,
  type SubgraphContext,
  type Tx,
} from '@motcua/subgraph-kit';
import { GraphQLError } from 'graphql';
import { AFTER_SUCCESS, afterFailedSignIn, isLocked } from '../domain/lockout.js';
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from '../domain/passwords.js';
import { hashRefreshToken, newRefreshToken, type AccessTokenSigner } from '../domain/tokens.js';
import {
  accountByUsername,
  accountForUpdate,
  accountsByIds,
  audit,
  endAllSessions,
  endSession,
  grantsOfAccounts,
  openSession,
  recordSignInFailure,
  sessionByRefreshHash,
  type AccountRow,
} from '../store/accounts.js';

const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng. / The username or password is wrong.';
const SESSION_ENDED = 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại. / The session has ended; sign in again.';

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function issueSession(tx: Tx, signer: AccessTokenSigner, account: AccountRow, now: Date) {
  const grants = await grantsOfAccounts(tx, [account.id]);
  const access = await signer(
    { accountId: account.id, kind: account.kind, displayName: account.displayName, roles: grants },
    now,
  );
  const refresh = newRefreshToken(now);
  const sessionId = await openSession(tx, account.id, refresh.hash, refresh.expiresAt);
  return {
    sessionId,
    session: {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt.toISOString(),
      account,
    },
  };
}

export function authResolvers(signer: AccessTokenSigner) {
  return {
    signIn: async (
      _parent: unknown,
      { input }: { input: { username: string; password: string } },
      ctx: SubgraphContext,
    ) => {
      const username = normaliseUsername(input.username);
      if (!username) throw badInput('Hãy nhập tên đăng nhập. / Enter your username.', 'username');
      if (!input.password) throw badInput('Hãy nhập mật khẩu. / Enter your password.', 'password');
      const now = new Date();
      const account = await accountByUsername(ctx.db, username);
      // Always pay for one hash, so an unknown username answers as slowly as a wrong password.
      const passwordMatches = await verifyPassword(input.password, account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
      if (!account) throw domainError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS, 'password');
      const locked = (until: Date) =>
        new GraphQLError(
          `Tài khoản tạm khoá đến ${until.toISOString()} sau nhiều lần đăng nhập sai. / The account is locked until ${until.toISOString()} after repeated failed sign-ins.`,
          { extensions: { code: ErrorCode.ACCOUNT_LOCKED, lockedUntil: until.toISOString() } },
        );
      if (isLocked(account, now)) throw locked(account.lockedUntil!);
      // The count and the lock are decided on the row locked inside the transaction: parallel
      // guesses queue here instead of each reading the same count and overwriting one another.
      const outcome = await ctx.db.transaction(async (tx) => {
        const current = await accountForUpdate(tx, account.id);
        if (!current) return { error: domainError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS, 'password') };
        if (!passwordMatches) {
          const next = afterFailedSignIn(current, now);
          await recordSignInFailure(tx, current.id, next.failedSignIns, next.lockedUntil);
          await audit(tx, 'anonymous', next.lockedUntil ? 'account.locked' : 'account.sign_in_failed', current.id, {
            failedSignIns: next.failedSignIns,
          });
          return { error: domainError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS, 'password') };
        }
        if (isLocked(current, now)) return { error: locked(current.lockedUntil!) };
        await recordSignInFailure(tx, current.id, AFTER_SUCCESS.failedSignIns, AFTER_SUCCESS.lockedUntil);
        const { sessionId, session } = await issueSession(tx, signer, current, now);
        await audit(tx, current.id, 'account.signed_in', current.id, { sessionId });
        return { session };
      });
      // Thrown after the transaction so that a failure's count and audit event are kept.
      if ('error' in outcome) throw outcome.error;
      return outcome.session;
    },

    refreshSession: async (_parent: unknown, { refreshToken }: { refreshToken: string }, ctx: SubgraphContext) => {
      const now = new Date();
      const outcome = await ctx.db.transaction(async (tx) => {
        const current = await sessionByRefreshHash(tx, hashRefreshToken(refreshToken));
        if (!current || current.expiresAt <= now) return null;
        if (current.endedAt) {
          // A refresh token that already served is being replayed: someone else may hold it.
          // End every session of the account; its owner signs in again.
          if (current.replacedBy) {
            await endAllSessions(tx, current.accountId, now);
            await audit(tx, 'anonymous', 'account.refresh_token_reused', current.accountId, { sessionId: current.id });
            return 'reused' as const;
          }
          return null;
        }
        const [account] = await accountsByIds(tx, [current.accountId]);
        if (!account || isLocked(account, now)) return null;
        const { sessionId, session } = await issueSession(tx, signer, account, now);
        await endSession(tx, current.id, now, sessionId);
        return session;
      });
      // Thrown after the transaction, so the reuse response still ends the other sessions.
      if (outcome === null || outcome === 'reused') throw unauthenticated(SESSION_ENDED);
      return outcome;
    },

    signOut: async (_parent: unknown, { refreshToken }: { refreshToken: string }, ctx: SubgraphContext) =>
      ctx.db.transaction(async (tx) => {
        const current = await sessionByRefreshHash(tx, hashRefreshToken(refreshToken));
        if (!current || current.endedAt) return false;
        await endSession(tx, current.id, new Date());
        await audit(tx, current.accountId, 'account.signed_out', current.accountId, { sessionId: current.id });
        return true;
      }),
  };
}

/** The account id of a signed-in person, or null. */
export function accountIdOf(principal: Principal): string | null {
  return principal.kind === 'staff' || principal.kind === 'citizen' ? principal.subject : null;
}
