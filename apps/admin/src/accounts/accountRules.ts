import type { Role } from '@motcua/graphql-client';

// The API's rules for a new staff account and its roles (subgraphs/organizations, account-rules),
// mirrored so the form can say so before a round trip. The API checks them again.

/** Roles an official can be granted: CITIZEN belongs to citizens' own accounts. */
export const staffRoles: readonly Role[] = [
  'SYSTEM_ADMIN',
  'CENTRE_MANAGER',
  'RECEPTION_OFFICER',
  'SPECIALIST',
  'APPROVER',
  'CATALOGUE_EDITOR',
];

const usernamePattern = /^[a-z0-9._-]{3,40}$/;
export const minPasswordLength = 10;
const maxPasswordLength = 200;

/** As the API stores it: no surrounding spaces, lower case. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export type NewAccountProblem =
  'usernameRequired' | 'usernameFormat' | 'displayNameLength' | 'passwordShort' | 'passwordLong' | null;

export function usernameProblem(username: string): NewAccountProblem {
  const normalised = normaliseUsername(username);
  if (!normalised) return 'usernameRequired';
  return usernamePattern.test(normalised) ? null : 'usernameFormat';
}

export function displayNameProblem(displayName: string): NewAccountProblem {
  const length = displayName.trim().length;
  return length >= 2 && length <= 120 ? null : 'displayNameLength';
}

export function passwordProblem(password: string): NewAccountProblem {
  if (password.length < minPasswordLength) return 'passwordShort';
  if (password.length > maxPasswordLength) return 'passwordLong';
  return null;
}

/** One row of the roles input: both halves are picked separately, so either may still be empty. */
export interface RoleGrantDraft {
  /** Keeps React's rows apart when one is removed; never sent. */
  key: string;
  role: Role | null;
  agencyId: string | null;
}

export type RoleGrantProblem = 'roleRequired' | 'agencyRequired' | 'duplicate';
export type RoleGrantsProblem = 'atLeastOne' | 'ownAdmin';

export interface RoleGrantsCheck {
  /** For the list as a whole. */
  list: RoleGrantsProblem | null;
  /** By row index, for the row's agency picker (or role picker when the role is missing). */
  rows: Record<number, RoleGrantProblem>;
}

/**
 * What is wrong with a list of grants: an unfinished row, the same role twice in one agency,
 * no role at all where one is needed, or an administrator about to drop their own SYSTEM_ADMIN
 * role (the API refuses that, so the province cannot lock itself out of its administration).
 */
export function checkRoleGrants(
  grants: readonly RoleGrantDraft[],
  options: { requireOne: boolean; keepSystemAdmin: boolean },
): RoleGrantsCheck {
  const rows: Record<number, RoleGrantProblem> = {};
  const seen = new Set<string>();
  grants.forEach((grant, index) => {
    if (!grant.role) rows[index] = 'roleRequired';
    else if (!grant.agencyId) rows[index] = 'agencyRequired';
    else {
      const pair = `${grant.role}:${grant.agencyId}`;
      if (seen.has(pair)) rows[index] = 'duplicate';
      seen.add(pair);
    }
  });
  let list: RoleGrantsProblem | null = null;
  if (options.requireOne && grants.length === 0) list = 'atLeastOne';
  else if (options.keepSystemAdmin && !grants.some((grant) => grant.role === 'SYSTEM_ADMIN')) list = 'ownAdmin';
  return { list, rows };
}

/** The grants as the API takes them; call after `checkRoleGrants` found nothing wrong. */
export function grantsInput(grants: readonly RoleGrantDraft[]): { role: Role; agencyId: string }[] {
  return grants.map((grant) => ({ role: grant.role!, agencyId: grant.agencyId! }));
}
