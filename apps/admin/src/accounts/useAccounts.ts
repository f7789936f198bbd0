import { AccountsDocument, useQuery, type AccountsQuery } from '@motcua/graphql-client';
import { useConnectionPages } from '../paging/useConnectionPages';

export type AccountRow = AccountsQuery['accounts']['edges'][number]['node'];

/** Rows per request; "Xem thêm" asks for the next page of the same size. */
const pageSize = 20;

/** The accounts a page at a time; the cache's relay policy appends each page to the list. */
export function useAccounts() {
  const query = useQuery(AccountsDocument, { variables: { first: pageSize }, notifyOnNetworkStatusChange: true });
  const { nodes, ...page } = useConnectionPages(query, query.data?.accounts);
  return { accounts: nodes, ...page };
}
