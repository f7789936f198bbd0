import {
  SectionStaffingDocument,
  StaffingSectionsDocument,
  skipToken,
  useQuery,
  type SectionStaffingQuery,
  type SessionAccount,
  type StaffingSectionsQuery,
} from '@motcua/graphql-client';

export type StaffingSection = StaffingSectionsQuery['oneStopSections'][number];
export type StaffingCounter = StaffingSection['counters'][number];
export type SecondmentRow = SectionStaffingQuery['secondments']['edges'][number]['node'];
export type StaffingWarningsData = SectionStaffingQuery['staffingWarnings'];

/** The most the API gives at once (100): more than a section has, so its history fits one screen. */
const secondmentsPerSection = 100;

export function useStaffingSections() {
  const query = useQuery(StaffingSectionsDocument);
  return {
    sections: query.data?.oneStopSections ?? [],
    loading: query.loading && !query.data,
    error: query.error ?? null,
    retry: () => void query.refetch().catch(() => undefined),
  };
}

/**
 * The section a centre manager works in (the one belonging to the agency they manage), or the
 * first listed (the provincial Centre) for a system administrator.
 */
export function defaultSectionId(sections: StaffingSection[], account: SessionAccount | null): string | null {
  const managed = new Set(
    account?.roles.filter((grant) => grant.role === 'CENTRE_MANAGER').map((grant) => grant.agency.id) ?? [],
  );
  return (sections.find((section) => managed.has(section.agency.id)) ?? sections[0])?.id ?? null;
}

/** One section's secondments and warnings; `refetch` after a change, as both depend on it. */
export function useSectionStaffing(sectionId: string | null) {
  const query = useQuery(
    SectionStaffingDocument,
    sectionId ? { variables: { sectionId, first: secondmentsPerSection } } : skipToken,
  );
  return {
    secondments: query.data?.secondments.edges.map((edge) => edge.node) ?? [],
    warnings: query.data?.staffingWarnings ?? null,
    loading: query.loading && !query.data,
    error: query.error ?? null,
    refetch: () => query.refetch().then(() => undefined),
  };
}
