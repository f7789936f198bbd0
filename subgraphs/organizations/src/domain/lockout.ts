/**
 * Lockout after repeated failed sign-ins: the fifth failure in a row locks the account for fifteen
 * minutes; a successful sign-in resets the count. Pure, so the rule is tested without a clock.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export interface LockState {
  failedSignIns: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailedSignIn(state: LockState, now: Date): LockState {
  // A lock that has run out starts a fresh count.
  const previous = state.lockedUntil && !isLocked(state, now) ? 0 : state.failedSignIns;
  const failedSignIns = previous + 1;
  if (failedSignIns >= MAX_FAILED_SIGN_INS) {
    return { failedSignIns, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) };
  }
  return { failedSignIns, lockedUntil: null };
}

export const AFTER_SUCCESS: LockState = { failedSignIns: 0, lockedUntil: null };
