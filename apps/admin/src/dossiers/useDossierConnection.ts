import type { DossierPageFragment, NetworkStatus } from '@motcua/graphql-client';
import { useLoadMore } from '../paging/useLoadMore';

interface ConnectionQuery {
  loading: boolean;
  error?: Error | undefined;
  networkStatus: NetworkStatus;
  refetch(): Promise<unknown>;
  fetchMore(options: { variables: { after: string } }): Promise<unknown>;
}

/**
 * A page of dossiers (the list, or my work) with "Xem thêm": the rows, the total, and the paging
 * state. While new filters load, the previous rows stay on screen, marked busy.
 */
export function useDossierConnection(query: ConnectionQuery, connection: DossierPageFragment | undefined) {
  const paging = useLoadMore(query, connection?.pageInfo.endCursor ?? null);
  return {
    dossiers: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isInitialLoading: query.loading && !connection,
    busy: query.loading,
    error: query.error ?? null,
    retry: () => void query.refetch().catch(() => undefined),
    ...paging,
  };
}
