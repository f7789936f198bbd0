import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export interface ApolloClientOptions {
  /** GraphQL endpoint. The apps' dev and preview servers proxy `/graphql` to the gateway. */
  uri?: string;
}

/**
 * One Apollo client per app. The cache knows how our Relay connections page, so `fetchMore`
 * appends a page instead of replacing the list.
 */
export function createApolloClient({ uri = '/graphql' }: ApolloClientOptions = {}) {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Pages of one search are one list; a different search is a different list.
            // `first` and `after` are left out of the key on purpose, so pages merge.
            procedures: relayStylePagination(['search']),
          },
        },
      },
    }),
  });
}
