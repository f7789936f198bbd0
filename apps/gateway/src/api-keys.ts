/**
 * Third-party agencies authenticate with an API key (X-Api-Key). The gateway has no database: it
 * asks the organizations subgraph who a key belongs to, as a service, and remembers the answer for a
 * minute — so a revoked key stops working within a minute, and a burst of requests costs one lookup.
 */
import { PRINCIPAL_HEADER, signPrincipal, type Principal } from '@motcua/subgraph-kit';

export const API_KEY_CACHE_MS = 60_000;
const MAX_CACHED_KEYS = 10_000;

export type ApiKeyVerifier = (key: string) => Promise<Principal | null>;

export function createApiKeyVerifier(
  organizationsGraphqlUrl: string,
  internalSecret: string,
  cacheMs = API_KEY_CACHE_MS,
): ApiKeyVerifier {
  const endpoint = organizationsGraphqlUrl.replace(/\/graphql$/, '/internal/api-keys/verify');
  const cache = new Map<string, { principal: Principal | null; until: number }>();

  return async (key) => {
    // Real keys are 46 characters; anything else is refused without a lookup or a cache entry.
    if (key.length > 100) return null;
    const now = Date.now();
    const cached = cache.get(key);
    if (cached && cached.until > now) return cached.principal;

    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [PRINCIPAL_HEADER]: await signPrincipal({ kind: 'service', subject: 'gateway' }, internalSecret),
      },
      body: JSON.stringify({ key }),
    });
    if (response.status !== 200 && response.status !== 404) {
      throw new Error(`organizations answered ${response.status} when verifying an API key`);
    }
    const client = response.status === 200 ? ((await response.json()) as { clientId: string; scopes: string[] }) : null;
    const principal: Principal | null = client
      ? { kind: 'agency', subject: client.clientId, roles: [], scopes: client.scopes }
      : null;
    if (cache.size >= MAX_CACHED_KEYS) cache.clear();
    cache.set(key, { principal, until: now + cacheMs });
    return principal;
  };
}
