import { useSession } from '@motcua/graphql-client';

/** The agencies where the signed-in officer may receive dossiers (their RECEPTION_OFFICER grants). */
export function useReceptionAgencies(): { value: string; label: string }[] {
  const { account } = useSession();
  const seen = new Map<string, string>();
  for (const grant of account?.roles ?? []) {
    if (grant.role === 'RECEPTION_OFFICER') seen.set(grant.agency.id, grant.agency.name);
  }
  return [...seen].map(([value, label]) => ({ value, label }));
}
