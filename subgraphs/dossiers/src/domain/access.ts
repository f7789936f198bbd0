/**
 * Who may see which dossier. Dossiers hold personal data, so nothing is public here: a system
 * administrator sees every dossier of the province; other staff see the dossiers received by the
 * agencies their roles are granted in. Citizens' access to their own dossiers arrives with sign-in.
 */
import type { Principal } from '@motcua/subgraph-kit';

export type DossierScope = { kind: 'all' } | { kind: 'agencies'; agencyIds: string[] } | { kind: 'none' };

export function dossierScopeOf(principal: Principal): DossierScope {
  if (principal.kind !== 'staff') return { kind: 'none' };
  if (principal.roles.some((grant) => grant.role === 'SYSTEM_ADMIN')) return { kind: 'all' };
  const agencyIds = [...new Set(principal.roles.map((grant) => grant.scopeId))];
  return agencyIds.length > 0 ? { kind: 'agencies', agencyIds } : { kind: 'none' };
}

export function scopeAllows(scope: DossierScope, receivingAgencyId: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return scope.agencyIds.includes(receivingAgencyId);
}
