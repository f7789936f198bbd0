import { useState } from 'react';
import { NetworkStatus, ProcedureSearchDocument, useQuery, type ProcedureSearchQuery } from '@motcua/graphql-client';
import type { CatalogueFilters } from './catalogueFilters';

export type ProcedureRow = ProcedureSearchQuery['procedures']['edges'][number]['node'];

/** Rows per request; "Load more" asks for the next page of the same size. */
const pageSize = 20;

/**
 * The catalogue page by page for one search (words and filters). While a new search is on its way
 * the previous results stay on screen (`isRefreshing`), so the table does not blink on every keystroke.
 */
export function useProcedureSearch(search: string, filters: CatalogueFilters) {
  const query = useQuery(ProcedureSearchDocument, {
    // An empty search means "everything"; send null so it shares one cache entry with no search.
    variables: { first: pageSize, search: search || null, ...filters },
    notifyOnNetworkStatusChange: true,
  });
  // Remembered with its search, so a failed page of one search is not reported under the next.
  const searchKey = JSON.stringify([search, filters.field, filters.level, filters.onlineLevel]);
  const [loadMoreFailure, setLoadMoreFailure] = useState<{ searchKey: string; error: Error } | null>(null);

  const connection = (query.data ?? query.previousData)?.procedures;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  async function loadMore() {
    if (!endCursor) return;
    setLoadMoreFailure(null);
    try {
      // The cache's relay pagination policy appends this page to the list.
      await query.fetchMore({ variables: { after: endCursor } });
    } catch (error) {
      setLoadMoreFailure({ searchKey, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  return {
    procedures: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isInitialLoading: query.loading && !connection,
    isRefreshing: query.loading && !query.data && Boolean(connection),
    isLoadingMore: query.networkStatus === NetworkStatus.fetchMore,
    // A failed search replaces the results; a failed extra page keeps what is shown.
    error: query.error ?? null,
    loadMoreError: loadMoreFailure?.searchKey === searchKey ? loadMoreFailure.error : null,
    retry: () => void query.refetch().catch(() => undefined),
    loadMore,
  };
}

export type ProcedureSearchState = ReturnType<typeof useProcedureSearch>;
