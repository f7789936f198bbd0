import type { Session, SessionAccount, SignInInput, SignUpCitizenInput } from '@motcua/graphql-client';
import { portalSession } from '../session/portalSession';

/**
 * How a citizen proves who they are to the portal. The sign-in and sign-up pages know only this,
 * never the session's mutations, so that the way in can change without touching them.
 *
 * Today: a username and password the organizations subgraph checks (`passwordIdentityProvider`).
 *
 * Where the national identity provider (VNeID, over OpenID Connect) plugs in: add a second member
 * to the union, say `{ kind: 'redirect'; name: 'VNeID'; beginSignIn(next: string): void }`, whose
 * beginSignIn keeps `state`, `nonce`, a PKCE verifier and `next` in sessionStorage and sends the
 * browser to VNeID's authorisation endpoint (authorisation code flow with PKCE). VNeID comes back
 * to a callback route (say /dang-nhap/vneid), which checks `state` and hands the code and verifier
 * to a new organizations mutation that verifies the ID token on the server, finds or creates the
 * CITIZEN account by its personal identification number, and answers with the same `Session` type
 * as `signIn`. The session module adopts that answer through its one `establish()` path (a third
 * method beside signIn and signUpCitizen), so the refresh token, reloads, the account menu and
 * RequireCitizen stay as they are. The sign-in page then shows a "Đăng nhập bằng VNeID" button for
 * the redirect kind instead of the form, and sign-up goes: VNeID has already identified the person.
 */
export type IdentityProvider = PasswordIdentityProvider;

export interface PasswordIdentityProvider {
  readonly kind: 'password';
  /** Resolves to the signed-in account; rejects with a SessionError the form shows beside a field. */
  signIn(credentials: SignInInput): Promise<SessionAccount>;
  /** Creates a citizen's account and signs it in, in one step. */
  signUp(details: SignUpCitizenInput): Promise<SessionAccount>;
}

export function passwordIdentityProvider(session: Session): PasswordIdentityProvider {
  return {
    kind: 'password',
    signIn: (credentials) => session.signIn(credentials),
    signUp: (details) => session.signUpCitizen(details),
  };
}

/** The portal's way in. */
export const identityProvider: IdentityProvider = passwordIdentityProvider(portalSession);
