import {
  CatalogueAgenciesDocument,
  useQuery,
  useSession,
  type CatalogueAgenciesQuery,
  type VersionStatus,
} from '@motcua/graphql-client';

export type CatalogueAgency = CatalogueAgenciesQuery['agencies']['edges'][number]['node'];

/** The most the API gives at once; the province has fewer agencies than this. */
const agenciesToOffer = 100;

/** Agencies for the pickers (competent agency, internal steps), by name. */
export function useAgencies() {
  const query = useQuery(CatalogueAgenciesDocument, { variables: { first: agenciesToOffer } });
  const agencies = query.data?.agencies.edges.map((edge) => edge.node) ?? [];
  return { agencies, loading: query.loading && !query.data, error: query.error ?? null };
}

/** Options for a searchable Select: the full name, the short name after it when it says more. */
export function agencyOptions(agencies: readonly CatalogueAgency[]) {
  return agencies.map((agency) => ({
    value: agency.id,
    label: agency.name === agency.shortName ? agency.name : `${agency.name} (${agency.shortName})`,
  }));
}

/**
 * Whether the signed-in editor edits the whole province (granted in the Provincial People's
 * Committee), which is what changing where procedures are received needs. The API decides; this
 * only spares the others buttons that would be refused.
 */
export function useIsProvinceEditor(): boolean {
  const { account } = useSession();
  const { agencies } = useAgencies();
  const grants = account?.roles.filter((grant) => grant.role === 'CATALOGUE_EDITOR') ?? [];
  return grants.some((grant) => {
    const agency = agencies.find((item) => item.id === grant.agency.id);
    return agency?.kind === 'PEOPLES_COMMITTEE' && agency.unit.level === 'PROVINCE';
  });
}

export type ProcedureStanding =
  | { kind: 'IN_FORCE'; number: number; scheduledFrom: string | null; hasDraft: boolean }
  | { kind: 'SCHEDULED'; date: string; hasDraft: boolean }
  | { kind: 'DRAFT_ONLY' };

/** Where a procedure stands, from its versions: in force, published for a later day, or only a draft. */
export function procedureStanding(
  versions: readonly { number: number; status: VersionStatus; effectiveFrom: string | null }[],
): ProcedureStanding {
  const hasDraft = versions.some((version) => version.status === 'DRAFT');
  const scheduled = versions.find((version) => version.status === 'SCHEDULED');
  const inForce = versions.find((version) => version.status === 'IN_FORCE');
  if (inForce) {
    return { kind: 'IN_FORCE', number: inForce.number, scheduledFrom: scheduled?.effectiveFrom ?? null, hasDraft };
  }
  if (scheduled) return { kind: 'SCHEDULED', date: scheduled.effectiveFrom ?? '', hasDraft };
  return { kind: 'DRAFT_ONLY' };
}
