/** API keys for third-party agencies: `mc_` + 256 random bits, kept only as SHA-256. */
import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'mc_';

export function newApiKey(): { key: string; hash: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, API_KEY_PREFIX.length + 6) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** GraphQL scope names as principals carry them: CATALOGUE_READ → catalogue:read. */
export function scopeClaim(scope: string): string {
  const [resource, action] = scope.toLowerCase().split('_');
  return `${resource}:${action}`;
}
