/**
 * Who may edit which part of the catalogue. The Provincial People's Committee publishes the
 * province's catalogue (its Office controls administrative procedures), so a catalogue editor
 * granted within it edits every procedure; one granted within a department edits only the
 * procedures that department decides.
 */
import { hasRole, type Principal } from '@motcua/subgraph-kit';

export interface CatalogueAuthority {
  /** Agency id of the Provincial People's Committee. */
  provinceAuthorityId: string;
}

export function isCatalogueEditor(principal: Principal): boolean {
  return hasRole(principal, 'CATALOGUE_EDITOR');
}

export function canEditProcedureOf(
  principal: Principal,
  competentAgencyId: string,
  authority: CatalogueAuthority,
): boolean {
  return (
    hasRole(principal, 'CATALOGUE_EDITOR', authority.provinceAuthorityId) ||
    hasRole(principal, 'CATALOGUE_EDITOR', competentAgencyId)
  );
}

/** Catalogue entries say where a procedure is received: a province-wide decision. */
export function canEditCatalogueEntries(principal: Principal, authority: CatalogueAuthority): boolean {
  return hasRole(principal, 'CATALOGUE_EDITOR', authority.provinceAuthorityId);
}
