/**
 * What a new citizen's account must look like, checked before the request so the common mistakes
 * are reported at once and in the page's language. The same rules as the organizations subgraph's
 * `newAccountProblem` (domain/account-rules.ts), which stays the authority: anything it refuses
 * anyway comes back as a typed error beside the field.
 */
export const usernamePattern = /^[a-z0-9._-]{3,40}$/;
export const nameLength = { min: 2, max: 120 } as const;
export const passwordLength = { min: 10, max: 200 } as const;

/** The API compares usernames trimmed and in lower case; so do we, and we send them that way. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export type SignUpErrorKey =
  | 'nameLength'
  | 'usernameRequired'
  | 'usernameFormat'
  | 'passwordShort'
  | 'passwordLong'
  | 'confirmationRequired'
  | 'passwordMismatch';

export function displayNameProblem(value: string): SignUpErrorKey | null {
  const length = value.trim().length;
  return length < nameLength.min || length > nameLength.max ? 'nameLength' : null;
}

export function usernameProblem(value: string): SignUpErrorKey | null {
  const username = normaliseUsername(value);
  if (!username) return 'usernameRequired';
  return usernamePattern.test(username) ? null : 'usernameFormat';
}

export function passwordProblem(value: string): SignUpErrorKey | null {
  if (value.length < passwordLength.min) return 'passwordShort';
  if (value.length > passwordLength.max) return 'passwordLong';
  return null;
}

export function confirmationProblem(value: string, password: string): SignUpErrorKey | null {
  if (!value) return 'confirmationRequired';
  return value === password ? null : 'passwordMismatch';
}
