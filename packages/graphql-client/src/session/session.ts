import type {
  Role,
  SessionAccountFragment,
  SessionFieldsFragment,
  SignInInput,
  SignUpCitizenInput,
} from '../generated/graphql';
import type { AuthSource } from '../authLink';
import { createSessionApi, SessionError, type SessionApi } from './sessionApi';
import { localRefreshTokenStorage, type RefreshTokenStorage } from './refreshTokenStorage';

export type SessionAccount = SessionAccountFragment;

/** `byUser`: "Đăng xuất" was pressed. `expired`: the API no longer accepted the refresh token. */
export type SessionEnd = 'byUser' | 'expired';

export type SessionState =
  /** A refresh token was stored on an earlier visit and is being traded for a session. */
  | { status: 'restoring' }
  /** `ended` says how a session ended here, if one did. */
  | { status: 'signedOut'; ended?: SessionEnd }
  | { status: 'signedIn'; account: SessionAccount };

export interface SessionOptions {
  /** localStorage key of the refresh token; one per app, so the portal and console stay apart. */
  storageKey: string;
  /** GraphQL endpoint, as for the Apollo client. */
  uri?: string;
  /** Accounts this app serves. A refused account is signed out again at once (ACCOUNT_NOT_ACCEPTED). */
  accepts?: (account: SessionAccount) => boolean;
  api?: SessionApi;
  storage?: RefreshTokenStorage;
}

export interface Session extends Required<AuthSource> {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  hasRole(role: Role): boolean;
  /** Resolves to the signed-in account; rejects with a SessionError the form can show. */
  signIn(input: SignInInput): Promise<SessionAccount>;
  /** Creates a citizen's account and signs it in; rejects with a SessionError as signIn does. */
  signUpCitizen(input: SignUpCitizenInput): Promise<SessionAccount>;
  /** Ends the session here at once, and on the server as well as it can. */
  signOut(): Promise<void>;
  /** Trades a refresh token stored on an earlier visit for a session. Call once at start-up. */
  restore(): void;
}

/**
 * The signed-in session of one app. The access token stays in this closure, in memory only, so it
 * is gone on reload and never written anywhere a script could read it later; the refresh token is
 * kept in storage (see refreshTokenStorage.ts for why) and brings the session back after a reload.
 */
export function createSession({
  storageKey,
  uri = '/graphql',
  accepts = () => true,
  api = createSessionApi(uri),
  storage = localRefreshTokenStorage(storageKey),
}: SessionOptions): Session {
  let state: SessionState = storage.read() ? { status: 'restoring' } : { status: 'signedOut' };
  let accessToken: string | null = null;
  let refreshing: Promise<string | null> | null = null;
  // Bumped by every sign-in and sign-out, so a refresh that was in flight across one is discarded
  // instead of quietly signing the user back in.
  let generation = 0;
  const listeners = new Set<() => void>();
  const signedOutListeners = new Set<() => void>();

  function setState(next: SessionState) {
    const wasSignedIn = state.status === 'signedIn';
    state = next;
    for (const listener of listeners) listener();
    if (wasSignedIn && next.status === 'signedOut') for (const listener of signedOutListeners) listener();
  }

  /** Signs out here without touching storage (the caller knows which token, if any, to forget). */
  function forget(ended: SessionEnd) {
    accessToken = null;
    if (state.status !== 'signedOut') setState({ status: 'signedOut', ended });
  }

  /** Revokes a session on the server without waiting: nobody is waiting for the answer. */
  function revoke(refreshToken: string) {
    void api.signOut(refreshToken).catch(() => undefined);
  }

  function adopt(session: SessionFieldsFragment): SessionAccount {
    if (!accepts(session.account)) {
      revoke(session.refreshToken);
      throw new SessionError('ACCOUNT_NOT_ACCEPTED', 'This app does not serve this kind of account.');
    }
    accessToken = session.accessToken;
    storage.write(session.refreshToken);
    setState({ status: 'signedIn', account: session.account });
    return session.account;
  }

  /**
   * One refresh at a time across the app's tabs too: they share the stored refresh token, and the
   * API takes a refresh token used twice for a stolen one and ends the session (think of a browser
   * restoring three console tabs at once). The token is read inside the lock, so a tab that waited
   * uses the one the previous tab stored. Browsers without Web Locks just run the task.
   */
  function oneTabAtATime<T>(task: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    // The lock is held until the task settles; its promise resolves to what the task resolved to.
    return locks ? (locks.request(`${storageKey}:refresh`, task) as Promise<T>) : task();
  }

  async function renew(): Promise<string | null> {
    const started = generation;
    // Two tries: if another tab used the same refresh token first (without Web Locks), the server
    // refuses ours, but storage may then hold the newer token that tab received.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const used = storage.read();
      if (!used) break;
      try {
        const session = await api.refresh(used);
        if (generation !== started) {
          revoke(session.refreshToken);
          return null;
        }
        adopt(session);
        return accessToken;
      } catch (error) {
        if (generation !== started) return null;
        if (!(error instanceof SessionError && error.isRefusal)) {
          // Offline or the API is down: keep the token for the next try, but stop "restoring".
          if (state.status === 'restoring') setState({ status: 'signedOut' });
          return null;
        }
        storage.clear(used);
      }
    }
    forget('expired');
    return null;
  }

  /** Single flight: every request that met an expired token waits for the same refresh. */
  function refresh(): Promise<string | null> {
    refreshing ??= oneTabAtATime(renew).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  /**
   * Every way in ends here: a mutation that answers with a Session (password, sign-up, and later a
   * national identity provider's code traded for one), adopted only if this app serves the account.
   */
  async function establish(obtain: () => Promise<SessionFieldsFragment>): Promise<SessionAccount> {
    const session = await obtain();
    generation += 1;
    return adopt(session);
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hasRole: (role) => state.status === 'signedIn' && state.account.roles.some((grant) => grant.role === role),
    getAccessToken: () => accessToken,
    refresh,
    onSignedOut(listener) {
      signedOutListeners.add(listener);
      return () => signedOutListeners.delete(listener);
    },
    restore() {
      if (state.status === 'restoring') void refresh();
    },
    signIn: (input) => establish(() => api.signIn(input)),
    signUpCitizen: (input) => establish(() => api.signUpCitizen(input)),
    async signOut() {
      generation += 1;
      const refreshToken = storage.read();
      storage.clear(refreshToken ?? undefined);
      forget('byUser');
      // Best effort: the user asked to leave this device, and has. If the API cannot be reached,
      // the server-side session still ends when its refresh token expires.
      if (refreshToken) await api.signOut(refreshToken).catch(() => undefined);
    },
  };
}
