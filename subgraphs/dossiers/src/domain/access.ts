/**
 * Who may see which dossier. Dossiers hold personal data, so nothing is public here (tracking by
 * code and ID number is its own narrow view): a system administrator sees every dossier of the
 * province; other staff see the dossiers in which an agency they hold a role in takes part
 * (receiving one-stop, competent agency, any step of the internal process); a citizen sees the
 * dossiers they filed online.
 */
import type { Principal } from '@motcua/subgraph-kit';

export type DossierScope =
  { kind: 'all' } | { kind: 'agencies'; agencyIds: string[] } | { kind: 'owner'; accountId: string } | { kind: 'none' };

export function dossierScopeOf(principal: Principal): DossierScope {
  if (principal.kind === 'citizen') return { kind: 'owner', accountId: principal.subject };
  if (principal.kind !== 'staff') return { kind: 'none' };
  if (principal.roles.some((grant) => grant.role === 'SYSTEM_ADMIN')) return { kind: 'all' };
  const agencyIds = [...new Set(principal.roles.map((grant) => grant.scopeId))];
  return agencyIds.length > 0 ? { kind: 'agencies', agencyIds } : { kind: 'none' };
}

export function scopeAllows(
  scope: DossierScope,
  dossier: { involvedAgencyIds: string[]; ownerAccountId: string | null },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'owner':
      return dossier.ownerAccountId === scope.accountId;
    case 'agencies':
      return dossier.involvedAgencyIds.some((id) => scope.agencyIds.includes(id));
  }
}
