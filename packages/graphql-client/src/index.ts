// The only way the apps talk to the API (see DESIGN.md §1): typed documents generated from the
// supergraph, the client factory, the session, and the React bindings re-exported so that every
// app uses the same copy of @apollo/client.
export * from './generated/graphql';
export { createApolloClient, type ApolloClientOptions } from './apolloClient';
export type { AuthSource } from './authLink';
export {
  createSession,
  type Session,
  type SessionAccount,
  type SessionEnd,
  type SessionOptions,
  type SessionState,
} from './session/session';
export { SessionError } from './session/sessionApi';
export {
  describeSignInFailure,
  type SignInFailure,
  type SignInField,
  type SignInFieldError,
} from './session/signInFailure';
export {
  isForbidden,
  messageInLanguage,
  readFaults,
  readMutationFailure,
  showMutationFailure,
  type ApiFault,
  type MutationFailure,
} from './graphqlErrors';
export { SessionProvider, useSession, type SessionView } from './session/SessionProvider';
export { ApolloProvider, skipToken, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
export { NetworkStatus, CombinedGraphQLErrors } from '@apollo/client';
