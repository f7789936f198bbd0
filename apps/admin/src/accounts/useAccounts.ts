import { useState } from 'react';
import { AccountsDocument, NetworkStatus, useQuery, type AccountsQuery } from '@motcua/graphql-client';

export type AccountRow = AccountsQuery['accounts']['edges'][number]['node'];

/** Rows per request; "Xem thêm" asks for the next page of the same size. */
const pageSize = 20;

/** The accounts a page at a time; the cache's relay policy appends each page to the list. */
export function useAccounts() {
  const query = useQuery(AccountsDocument, { variables: { first: pageSize }, notifyOnNetworkStatusChange: true });
  const [loadMoreError, setLoadMoreError] = useState<Error | null>(null);
  const connection = query.data?.accounts;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  async function loadMore() {
    if (!endCursor) return;
    setLoadMoreError(null);
    try {
      await query.fetchMore({ variables: { after: endCursor } });
    } catch (error) {
      setLoadMoreError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return {
    accounts: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isInitialLoading: query.loading && !connection,
    isLoadingMore: query.networkStatus === NetworkStatus.fetchMore,
    error: query.error ?? null,
    loadMoreError,
    retry: () => void query.refetch().catch(() => undefined),
    loadMore,
  };
}
