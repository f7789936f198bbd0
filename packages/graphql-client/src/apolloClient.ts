import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { createAuthLink, type AuthSource } from './authLink';

export interface ApolloClientOptions {
  /** GraphQL endpoint. The apps' dev and preview servers proxy `/graphql` to the gateway. */
  uri?: string;
  /** The signed-in session, for apps that have one; without it every request is anonymous. */
  auth?: AuthSource;
}

/**
 * One Apollo client per app. The cache knows how our Relay connections page, so `fetchMore`
 * appends a page instead of replacing the list.
 */
export function createApolloClient({ uri = '/graphql', auth }: ApolloClientOptions = {}) {
  const http = new HttpLink({ uri });
  const client = new ApolloClient({
    link: auth ? ApolloLink.from([createAuthLink(auth), http]) : http,
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Pages of one search are one list; a different search or filter is a different list.
            // `first` and `after` are left out of the key on purpose, so pages merge.
            procedures: relayStylePagination([
              'search',
              'field',
              'level',
              'agencyId',
              'onlineLevel',
              'sectionId',
              'includeUnpublished',
            ]),
            accounts: relayStylePagination(),
            apiClients: relayStylePagination(),
            myDossiers: relayStylePagination(),
            dossiers: relayStylePagination(['filter']),
            myWorkQueue: relayStylePagination(),
          },
        },
      },
    }),
  });
  // What one user saw must not be shown to the next one at the same desk: drop the cache (without
  // refetching, which would only fail now) when a session ends. On the next tick, so the request
  // whose failed refresh ended the session first settles with its own error, not "store reset".
  auth?.onSignedOut?.(() => setTimeout(() => void client.clearStore(), 0));
  return client;
}
