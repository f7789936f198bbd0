import type { NetworkStatus } from '@motcua/graphql-client';
import { useLoadMore } from './useLoadMore';

interface ConnectionQuery {
  loading: boolean;
  error?: Error | undefined;
  networkStatus: NetworkStatus;
  refetch(): Promise<unknown>;
  fetchMore(options: { variables: { after: string } }): Promise<unknown>;
}

interface Connection<Node> {
  edges: readonly { node: Node }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A Relay connection as a list page shows it: its rows, the total, whether it is loading for the
 * first time or again (busy: the previous rows stay on screen), its error, and "Xem thêm".
 */
export function useConnectionPages<Node>(query: ConnectionQuery, connection: Connection<Node> | undefined) {
  const paging = useLoadMore(query, connection?.pageInfo.endCursor ?? null);
  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isInitialLoading: query.loading && !connection,
    busy: query.loading,
    error: query.error ?? null,
    retry: () => void query.refetch().catch(() => undefined),
    ...paging,
  };
}
