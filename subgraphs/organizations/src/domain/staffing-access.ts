/**
 * Who may staff a section: its own centre manager (the role granted within the section's agency)
 * or a system administrator. Managers of other sections may not, even to look.
 */
import { hasRole, type Principal } from '@motcua/subgraph-kit';

export function canManageSection(principal: Principal, sectionAgencyId: string): boolean {
  return hasRole(principal, 'SYSTEM_ADMIN') || hasRole(principal, 'CENTRE_MANAGER', sectionAgencyId);
}

/** The list of officials (names, home agencies) is for people who staff counters. */
export function canListOfficials(principal: Principal): boolean {
  return hasRole(principal, 'SYSTEM_ADMIN') || hasRole(principal, 'CENTRE_MANAGER');
}
