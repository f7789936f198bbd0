/**
 * The minimum share of a one-stop place's procedures it must receive, appraise and approve itself
 * (Circular 01/2018 indicator 5; DOMAIN.md §4.3): 20 % at the provincial centre, 50 % at a district
 * section, all of them at a commune.
 */
export type OneStopKind = 'PROVINCIAL_CENTRE' | 'DISTRICT_SECTION' | 'COMMUNE_SECTION';

/** Whole percentages, so "meets the target" is exact integer arithmetic. */
export const ON_SITE_TARGET_PERCENT: Record<OneStopKind, number> = {
  PROVINCIAL_CENTRE: 20,
  DISTRICT_SECTION: 50,
  COMMUNE_SECTION: 100,
};

export interface OnSiteReport {
  procedureCount: number;
  fullyOnSiteCount: number;
  share: number;
  target: number;
  meetsTarget: boolean;
}

export function onSiteReport(kind: OneStopKind, procedureCount: number, fullyOnSiteCount: number): OnSiteReport {
  const share = procedureCount === 0 ? 0 : fullyOnSiteCount / procedureCount;
  const percent = ON_SITE_TARGET_PERCENT[kind];
  // Compared in whole numbers, not floats: 1 of 5 meets 20 % exactly.
  const meetsTarget = fullyOnSiteCount * 100 >= percent * procedureCount;
  return { procedureCount, fullyOnSiteCount, share, target: percent / 100, meetsTarget };
}
