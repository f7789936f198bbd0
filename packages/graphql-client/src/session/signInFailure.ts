import { SessionError } from './sessionApi';

export type SignInField = 'username' | 'password';
export type SignInFieldError = 'usernameRequired' | 'passwordRequired' | 'wrongCredentials';

/** What the sign-in form shows for a failed attempt: beside a field, or as an alert above the form. */
export type SignInFailure =
  | { kind: 'field'; field: SignInField; error: SignInFieldError }
  | { kind: 'locked'; until: Date | null; message: string }
  /** The API knows the account, but this app does not serve its kind (a citizen in the console). */
  | { kind: 'notAccepted' }
  | { kind: 'unavailable' };

const requiredError: Record<SignInField, SignInFieldError> = {
  username: 'usernameRequired',
  password: 'passwordRequired',
};

function isField(value: string | undefined): value is SignInField {
  return value === 'username' || value === 'password';
}

function readDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * When a locked account opens again: `extensions.lockedUntil` if the API sends it, else the ISO
 * time its message quotes ("… khoá đến 2026-11-23T17:48:16.000Z …"), so we can say it in the
 * reader's language and time zone instead of showing a raw UTC timestamp.
 */
function lockedUntil(error: SessionError): Date | null {
  const isoInMessage = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/.exec(error.message);
  return readDate(error.extensions.lockedUntil) ?? readDate(isoInMessage?.[0]);
}

/**
 * Turns the API's typed errors into what the form shows. A wrong username or password goes under
 * the password field (the API blames that field, and saying which of the two was wrong would tell
 * an attacker which usernames exist).
 */
export function describeSignInFailure(error: unknown): SignInFailure {
  if (!(error instanceof SessionError)) return { kind: 'unavailable' };
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { kind: 'field', field: isField(error.field) ? error.field : 'password', error: 'wrongCredentials' };
    case 'BAD_USER_INPUT':
      return isField(error.field)
        ? { kind: 'field', field: error.field, error: requiredError[error.field] }
        : { kind: 'unavailable' };
    case 'ACCOUNT_LOCKED':
      return { kind: 'locked', until: lockedUntil(error), message: error.message };
    case 'ACCOUNT_NOT_ACCEPTED':
      return { kind: 'notAccepted' };
    default:
      return { kind: 'unavailable' };
  }
}
