/** Where a version stands on a given day. Derived from its dates, never stored, so it cannot go stale. */
export type VersionStatus = 'DRAFT' | 'SCHEDULED' | 'IN_FORCE' | 'SUPERSEDED';

export interface VersionDates {
  publishedAt: Date | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export function versionStatus(version: VersionDates, today: string): VersionStatus {
  if (!version.publishedAt || !version.effectiveFrom) return 'DRAFT';
  if (version.effectiveFrom > today) return 'SCHEDULED';
  if (version.effectiveTo !== null && version.effectiveTo <= today) return 'SUPERSEDED';
  return 'IN_FORCE';
}
