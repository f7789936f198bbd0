// The only way the apps talk to the API (see DESIGN.md §1): typed documents generated from the
// supergraph, the client factory, and the React bindings re-exported so that every app uses the
// same copy of @apollo/client.
export * from './generated/graphql';
export { createApolloClient, type ApolloClientOptions } from './apolloClient';
export { ApolloProvider, skipToken, useApolloClient, useQuery } from '@apollo/client/react';
export { NetworkStatus } from '@apollo/client';
