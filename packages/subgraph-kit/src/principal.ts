/**
 * Who is asking. The gateway verifies the caller's credential and forwards the result to the
 * subgraphs as a short-lived token signed with the internal secret; a subgraph trusts nothing else.
 */
import { SignJWT, jwtVerify } from 'jose';

export type Role =
  'SYSTEM_ADMIN' | 'CENTRE_MANAGER' | 'RECEPTION_OFFICER' | 'SPECIALIST' | 'APPROVER' | 'CATALOGUE_EDITOR' | 'CITIZEN';

/** A role is granted within a unit or an agency: a specialist of one department sees its dossiers only. */
export interface RoleGrant {
  role: Role;
  /** Id of the Agency or AdministrativeUnit the role applies in. */
  scopeId: string;
}

export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'staff' | 'citizen' | 'agency';
      subject: string;
      /** The account's display name when the token carries one (not for API keys). */
      name?: string;
      roles: RoleGrant[];
      scopes: string[];
    }
  /** Another part of the platform (the gateway, or a subgraph pulling an event feed). */
  | { kind: 'service'; subject: string };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export const PRINCIPAL_HEADER = 'x-motcua-principal';

/** Access tokens (organizations issues them at sign-in, the gateway verifies them) carry these. */
export const ACCESS_TOKEN_ISSUER = 'motcua';
export const ACCESS_TOKEN_AUDIENCE = 'motcua-api';
const ISSUER = 'motcua-gateway';
const AUDIENCE = 'motcua-subgraph';
const LIFETIME_SECONDS = 60;

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signPrincipal(principal: Principal, secret: string): Promise<string> {
  return new SignJWT({ principal })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(keyOf(secret));
}

/** Returns the principal, or null when the token is absent, forged, expired or malformed. */
export async function verifyPrincipal(token: string | undefined, secret: string): Promise<Principal | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const principal = payload.principal as Principal | undefined;
    return principal && typeof principal === 'object' && 'kind' in principal ? principal : null;
  } catch {
    return null;
  }
}

export function isStaff(principal: Principal): boolean {
  return principal.kind === 'staff';
}

export function hasRole(principal: Principal, role: Role, scopeId?: string): boolean {
  if (principal.kind !== 'staff' && principal.kind !== 'citizen' && principal.kind !== 'agency') return false;
  return principal.roles.some((grant) => grant.role === role && (scopeId === undefined || grant.scopeId === scopeId));
}
