import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Role } from '../generated/graphql';
import type { Session, SessionAccount, SessionEnd, SessionState } from './session';

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export interface SessionView {
  status: SessionState['status'];
  account: SessionAccount | null;
  /** How the last session ended, while signed out. */
  ended: SessionEnd | null;
  hasRole(role: Role): boolean;
  signIn: Session['signIn'];
  signUpCitizen: Session['signUpCitizen'];
  signOut: Session['signOut'];
}

/** The current session, re-rendering on sign-in, sign-out and restore. */
export function useSession(): SessionView {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it');
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return useMemo(() => {
    const account = state.status === 'signedIn' ? state.account : null;
    return {
      status: state.status,
      account,
      ended: state.status === 'signedOut' ? (state.ended ?? null) : null,
      // From the rendered state, not the store, so one render never mixes two sessions.
      hasRole: (role) => account?.roles.some((grant) => grant.role === role) ?? false,
      signIn: session.signIn,
      signUpCitizen: session.signUpCitizen,
      signOut: session.signOut,
    };
  }, [state, session]);
}
