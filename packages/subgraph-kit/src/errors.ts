import { GraphQLError } from 'graphql';

/**
 * The one list of error codes every subgraph and the gateway use in `extensions.code`.
 * Clients switch on these; the message is for the person reading it.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error the caller can act on: a code, a sentence, and the input field at fault when there is one. */
export function domainError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

export const badInput = (message: string, field: string) => domainError(ErrorCode.BAD_USER_INPUT, message, field);
export const forbidden = (message = 'You are not allowed to do this.') => domainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first.') => domainError(ErrorCode.UNAUTHENTICATED, message);

/** A fault of one input field: what is wrong and where. */
export interface FieldFault {
  field: string;
  message: string;
}

/**
 * One typed error for every fault at once: `extensions.field` names the first (for forms that show
 * one message), `extensions.faults` lists them all with their paths under `prefix`.
 */
export function faultsError(message: string, faults: readonly FieldFault[], prefix = ''): GraphQLError {
  const located = faults.map((fault) => ({ field: `${prefix}${fault.field}`, message: fault.message }));
  const details = located.map((fault) => `${fault.field}: ${fault.message}`).join('\n');
  return new GraphQLError(`${message}\n${details}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: located[0]?.field, faults: located },
  });
}
