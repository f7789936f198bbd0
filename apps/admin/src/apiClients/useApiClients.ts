import { ApiClientsDocument, useQuery, type ApiClientsQuery } from '@motcua/graphql-client';

export type ApiClientRow = ApiClientsQuery['apiClients']['edges'][number]['node'];

/** The API's largest page: a province issues a few dozen keys, so one page holds them all. */
const pageSize = 100;

export function useApiClients() {
  const query = useQuery(ApiClientsDocument, { variables: { first: pageSize } });
  return {
    clients: query.data?.apiClients.edges.map((edge) => edge.node) ?? [],
    loading: query.loading && !query.data,
    error: query.error ?? null,
    refetch: () => query.refetch().then(() => undefined),
  };
}
