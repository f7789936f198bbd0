import { AccountsDocument, useQuery, type AccountsQuery } from '@motcua/graphql-client';
import { useLoadMore } from '../paging/useLoadMore';

export type AccountRow = AccountsQuery['accounts']['edges'][number]['node'];

/** Rows per request; "Xem thêm" asks for the next page of the same size. */
const pageSize = 20;

/** The accounts a page at a time; the cache's relay policy appends each page to the list. */
export function useAccounts() {
  const query = useQuery(AccountsDocument, { variables: { first: pageSize }, notifyOnNetworkStatusChange: true });
  const connection = query.data?.accounts;
  const paging = useLoadMore(query, connection?.pageInfo.endCursor ?? null);

  return {
    accounts: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isInitialLoading: query.loading && !connection,
    error: query.error ?? null,
    retry: () => void query.refetch().catch(() => undefined),
    ...paging,
  };
}
