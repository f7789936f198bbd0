import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { catchError, from, map, mergeMap, Observable, of, throwError } from 'rxjs';

/** Where the Apollo client gets its credentials; the session module implements it. */
export interface AuthSource {
  /** The current access token, or null when nobody is signed in. */
  getAccessToken(): string | null;
  /**
   * Trades the refresh token for a new session. Resolves to the new access token, or to null when
   * that failed; if the API refused, the source has signed out locally. Never rejects.
   */
  refresh(): Promise<string | null>;
  /** Called when a signed-in session ends, so the client can drop the cached data of that user. */
  onSignedOut?(listener: () => void): () => void;
}

const hasUnauthenticated = (errors: readonly GraphQLFormattedError[] | undefined) =>
  errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ?? false;

/**
 * The gateway answers an expired or revoked token with HTTP 401 before planning anything (a
 * ServerError here); a subgraph that refuses the caller answers 200 with an UNAUTHENTICATED error.
 */
function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  return CombinedGraphQLErrors.is(error) && hasUnauthenticated(error.errors);
}

type Outcome = { result: ApolloLink.Result } | { error: unknown };

/**
 * Adds `Authorization: Bearer <access token>` while someone is signed in. When the API says the
 * token no longer works, refreshes the session once and sends the operation again with the new
 * token; if the refresh fails, the original answer goes through (the source has signed out, and
 * the app's route guard takes the user to the sign-in page). Anonymous requests pass untouched.
 */
export function createAuthLink(auth: AuthSource): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const sentToken = auth.getAccessToken();
    if (!sentToken) return forward(operation);

    const send = (token: string) => {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
      return forward(operation);
    };

    const retry = (original: Observable<ApolloLink.Result>) => {
      // Another request may have refreshed already while this one was on its way: use that token
      // instead of spending the refresh token a second time.
      const current = auth.getAccessToken();
      const fresh = current && current !== sentToken ? Promise.resolve(current) : auth.refresh();
      return from(fresh).pipe(mergeMap((token) => (token ? send(token) : original)));
    };

    return send(sentToken).pipe(
      // Turn the first answer into a value before deciding, so an error of the retry itself is
      // not caught here and retried again: one refresh per operation, at most.
      map((result): Outcome => ({ result })),
      catchError((error: unknown) => (isUnauthenticated(error) ? of<Outcome>({ error }) : throwError(() => error))),
      mergeMap((outcome) => {
        if ('error' in outcome) return retry(throwError(() => outcome.error));
        return hasUnauthenticated(outcome.result.errors) ? retry(of(outcome.result)) : of(outcome.result);
      }),
    );
  });
}
