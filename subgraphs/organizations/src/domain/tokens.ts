/**
 * Access tokens: EdDSA-signed JWTs the gateway verifies with the public key (issuer `motcua`,
 * audience `motcua-api`), carrying who the account is and its role grants. Short-lived, because
 * they cannot be revoked; sessions last through refresh tokens, which are random, stored only as
 * hashes, and work once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@motcua/subgraph-kit';
import { SignJWT, importPKCS8, type CryptoKey } from 'jose';

export const ACCESS_TOKEN_MINUTES = 15;
export const REFRESH_TOKEN_DAYS = 30;

export interface TokenSubject {
  accountId: string;
  kind: 'STAFF' | 'CITIZEN';
  /** Shown where the platform records who acted (timelines, slips), as the name was at the time. */
  displayName: string;
  roles: { role: string; agencyId: string }[];
}

export type AccessTokenSigner = (subject: TokenSubject, now: Date) => Promise<{ token: string; expiresAt: Date }>;

export async function createAccessTokenSigner(privateKeyPem: string): Promise<AccessTokenSigner> {
  const key: CryptoKey = await importPKCS8(privateKeyPem, 'EdDSA');
  return async (subject, now) => {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + ACCESS_TOKEN_MINUTES * 60) * 1000);
    const token = await new SignJWT({
      kind: subject.kind === 'STAFF' ? 'staff' : 'citizen',
      name: subject.displayName,
      roles: subject.roles.map((grant) => ({ role: grant.role, scopeId: grant.agencyId })),
      scopes: [],
    })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(subject.accountId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(key);
    return { token, expiresAt };
  };
}

export function newRefreshToken(now: Date): { token: string; hash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token), expiresAt: new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000) };
}

/** Refresh tokens are 256 random bits, so a fast hash is enough (no dictionary to guard against). */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
