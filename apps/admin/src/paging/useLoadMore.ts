import { useState } from 'react';
import { NetworkStatus } from '@motcua/graphql-client';

interface PagedQuery {
  networkStatus: NetworkStatus;
  fetchMore(options: { variables: { after: string } }): Promise<unknown>;
}

/**
 * "Xem thêm" for a Relay connection: fetches the page after `endCursor` (the cache's relay policy
 * appends it) and keeps the error of the last attempt, so the list can offer to try again.
 */
export function useLoadMore(query: PagedQuery, endCursor: string | null) {
  const [loadMoreError, setLoadMoreError] = useState<Error | null>(null);

  async function loadMore() {
    if (!endCursor) return;
    setLoadMoreError(null);
    try {
      await query.fetchMore({ variables: { after: endCursor } });
    } catch (error) {
      setLoadMoreError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return { loadMore, loadMoreError, isLoadingMore: query.networkStatus === NetworkStatus.fetchMore };
}
