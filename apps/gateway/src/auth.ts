/**
 * Turns the caller's credential into a Principal. No credential: anonymous (the public portal).
 * A bearer token: an EdDSA JWT issued at sign-in, verified against the configured public key; a
 * token that is forged, expired or unverifiable is refused rather than downgraded to anonymous,
 * so a client learns its session ended instead of silently seeing less.
 */
import { importSPKI, jwtVerify, type CryptoKey } from 'jose';
import type { ApiKeyVerifier } from './api-keys.js';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ANONYMOUS,
  type Principal,
  type RoleGrant,
} from '@motcua/subgraph-kit';

export class AuthenticationError extends Error {}

export interface Authenticator {
  principalOf(authorization: string | undefined, apiKey?: string): Promise<Principal>;
}

interface TokenClaims {
  sub?: string;
  kind?: unknown;
  name?: unknown;
  roles?: unknown;
  scopes?: unknown;
}

const KINDS = ['staff', 'citizen', 'agency'] as const;

function isRoleGrant(value: unknown): value is RoleGrant {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RoleGrant).role === 'string' &&
    typeof (value as RoleGrant).scopeId === 'string'
  );
}

export async function createAuthenticator(
  publicKeyPem: string | undefined,
  verifyApiKey?: ApiKeyVerifier,
): Promise<Authenticator> {
  const key: CryptoKey | null = publicKeyPem ? await importSPKI(publicKeyPem, 'EdDSA') : null;
  return {
    async principalOf(authorization, apiKey) {
      if (authorization && apiKey) throw new AuthenticationError('Send either a bearer token or an API key, not both.');
      if (apiKey !== undefined) {
        const principal = verifyApiKey ? await verifyApiKey(apiKey) : null;
        if (!principal) throw new AuthenticationError('The API key is unknown or has been revoked.');
        return principal;
      }
      if (!authorization) return ANONYMOUS;
      const match = /^Bearer\s+(.+)$/i.exec(authorization);
      if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <token>".');
      if (!key) throw new AuthenticationError('This gateway accepts no tokens: no public key is configured.');
      let claims: TokenClaims;
      try {
        ({ payload: claims } = await jwtVerify(match[1]!, key, {
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
          algorithms: ['EdDSA'],
        }));
      } catch {
        throw new AuthenticationError('The token is invalid or has expired; sign in again.');
      }
      const kind = KINDS.find((candidate) => candidate === claims.kind);
      if (!kind || !claims.sub) throw new AuthenticationError('The token does not say who it was issued to.');
      return {
        kind,
        subject: claims.sub,
        ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
        roles: Array.isArray(claims.roles) ? claims.roles.filter(isRoleGrant) : [],
        scopes: Array.isArray(claims.scopes)
          ? claims.scopes.filter((scope): scope is string => typeof scope === 'string')
          : [],
      };
    },
  };
}
