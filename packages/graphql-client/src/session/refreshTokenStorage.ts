/**
 * Where the refresh token lives between page loads.
 *
 * localStorage, because this is a single-page app talking to a GraphQL API that issues tokens in
 * the response body, and the session must survive a reload without asking for the password again.
 * The cost: any script that runs in the page (an XSS) can read it. We limit that with a refresh
 * token that works once and a short-lived access token kept in memory only. The later hardening is
 * an httpOnly, Secure, SameSite=Strict cookie set by the gateway on a same-origin `/auth` path, so
 * no script can read the refresh token at all; that needs gateway work and CSRF protection.
 *
 * Storage can be blocked (private mode, strict settings): then the session lasts until a reload.
 */
export interface RefreshTokenStorage {
  read(): string | null;
  write(token: string): void;
  /** Forgets the token, but only if it is still `expected`: another tab may have stored a newer one. */
  clear(expected?: string): void;
}

export function localRefreshTokenStorage(key: string): RefreshTokenStorage {
  const read = () => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  return {
    read,
    write(token) {
      try {
        window.localStorage.setItem(key, token);
      } catch {
        // Not remembering only costs a sign-in after the next reload.
      }
    },
    clear(expected) {
      if (expected !== undefined && read() !== expected) return;
      try {
        window.localStorage.removeItem(key);
      } catch {
        // Nothing stored that we could remove.
      }
    },
  };
}
