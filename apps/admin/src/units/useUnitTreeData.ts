import { useCallback, useMemo, useState } from 'react';
import {
  AdministrativeUnitChildrenDocument,
  AdministrativeUnitRootsDocument,
  useApolloClient,
  useQuery,
} from '@motcua/graphql-client';
import { buildUnitTree, indexUnits, type ChildrenByParent } from './unitTreeData';

/**
 * The administrative tree, loaded a level at a time: the roots up front, a unit's children when
 * it is first expanded. A province has tens of districts and each district tens of communes, so
 * loading everything up front would fetch thousands of units nobody opens.
 */
export function useUnitTreeData() {
  const client = useApolloClient();
  const roots = useQuery(AdministrativeUnitRootsDocument);
  const [childrenByParent, setChildrenByParent] = useState<ChildrenByParent>({});

  const rootUnits = roots.data?.administrativeUnitRoots;
  const nodes = useMemo(() => buildUnitTree(rootUnits ?? [], childrenByParent), [rootUnits, childrenByParent]);
  const unitsById = useMemo(() => indexUnits(rootUnits ?? [], childrenByParent), [rootUnits, childrenByParent]);

  /** Called by the tree on first expand; a rejection shows as the node's load error. */
  const loadChildren = useCallback(
    async (unitId: string) => {
      // The same query the agency panel runs, so selecting this unit next is answered from cache.
      const { data } = await client.query({
        query: AdministrativeUnitChildrenDocument,
        variables: { id: unitId },
      });
      const children = data?.administrativeUnit?.children ?? [];
      setChildrenByParent((previous) => ({ ...previous, [unitId]: children }));
    },
    [client],
  );

  return {
    nodes,
    unitsById,
    isLoading: roots.loading && !rootUnits,
    error: roots.error ?? null,
    retry: () => void roots.refetch().catch(() => undefined),
    loadChildren,
  };
}

export type UnitTreeData = ReturnType<typeof useUnitTreeData>;
