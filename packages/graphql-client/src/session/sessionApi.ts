import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  RefreshSessionDocument,
  SignInDocument,
  SignOutDocument,
  SignUpCitizenDocument,
  type SessionFieldsFragment,
  type SignInInput,
  type SignUpCitizenInput,
} from '../generated/graphql';

/**
 * Why a session request failed. `code` is the API's `extensions.code` (UNAUTHENTICATED,
 * ACCOUNT_LOCKED, BAD_USER_INPUT, …), NETWORK when no usable answer came back, or
 * ACCOUNT_NOT_ACCEPTED when the app refused an account the API accepted (a citizen in the console).
 */
export class SessionError extends Error {
  readonly code: string;
  /** The error's `extensions` as the API sent them (e.g. when a locked account opens again). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.name = 'SessionError';
    this.code = code;
    this.extensions = extensions;
  }

  /** The input field the API blames (`extensions.field`), to show the message beside it. */
  get field(): string | undefined {
    return typeof this.extensions.field === 'string' ? this.extensions.field : undefined;
  }

  /** The API answered and said no, as opposed to the request not getting through. */
  get isRefusal(): boolean {
    return this.code !== 'NETWORK';
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface SessionApi {
  signIn(input: SignInInput): Promise<SessionFieldsFragment>;
  signUpCitizen(input: SignUpCitizenInput): Promise<SessionFieldsFragment>;
  refresh(refreshToken: string): Promise<SessionFieldsFragment>;
  signOut(refreshToken: string): Promise<void>;
}

/**
 * The session mutations over plain `fetch`, outside Apollo: they must never carry the access
 * token nor go through the refresh-and-retry link (a refused refresh would try to refresh again),
 * and their answers hold tokens that do not belong in the normalised cache.
 */
export function createSessionApi(uri: string): SessionApi {
  async function send<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData> {
    let body: GraphQLResponse<TData> | null;
    try {
      const response = await fetch(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: print(document), variables }),
      });
      body = (await response.json()) as GraphQLResponse<TData>;
    } catch (error) {
      throw new SessionError('NETWORK', error instanceof Error ? error.message : String(error));
    }
    const [first] = body?.errors ?? [];
    if (first) {
      const extensions = first.extensions ?? {};
      const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
      throw new SessionError(code, first.message, extensions);
    }
    if (!body?.data) throw new SessionError('NETWORK', 'The API answered without data.');
    return body.data;
  }

  return {
    signIn: async (input) => (await send(SignInDocument, { input })).signIn,
    signUpCitizen: async (input) => (await send(SignUpCitizenDocument, { input })).signUpCitizen,
    refresh: async (refreshToken) => (await send(RefreshSessionDocument, { refreshToken })).refreshSession,
    signOut: async (refreshToken) => void (await send(SignOutDocument, { refreshToken })),
  };
}
