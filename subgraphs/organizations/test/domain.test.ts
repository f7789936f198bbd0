import { describe, expect, it } from 'vitest';
import {
  AFTER_SUCCESS,
  afterFailedSignIn,
  isLocked,
  LOCK_MINUTES,
  MAX_FAILED_SIGN_INS,
} from '../src/domain/lockout.js';
import { hashPassword, passwordProblem, verifyPassword } from '../src/domain/passwords.js';

describe('lockout', () => {
  const now = new Date('2026-11-23T08:00:00Z');

  it('locks on the fifth failure in a row, for fifteen minutes', () => {
    let state = AFTER_SUCCESS;
    for (let failure = 1; failure < MAX_FAILED_SIGN_INS; failure++) {
      state = afterFailedSignIn(state, now);
      expect(isLocked(state, now)).toBe(false);
    }
    state = afterFailedSignIn(state, now);
    expect(isLocked(state, now)).toBe(true);
    expect(state.lockedUntil!.getTime() - now.getTime()).toBe(LOCK_MINUTES * 60_000);
  });

  it('is over once the lock has run out, and counting starts again', () => {
    const locked = { failedSignIns: MAX_FAILED_SIGN_INS, lockedUntil: new Date(now.getTime() - 1) };
    expect(isLocked(locked, now)).toBe(false);
    expect(afterFailedSignIn(locked, now)).toEqual({ failedSignIns: 1, lockedUntil: null });
  });
});

describe('passwords', () => {
  it('verify against their own hash only', async () => {
    const hash = await hashPassword('một mật khẩu dài');
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('một mật khẩu dài', hash)).toBe(true);
    expect(await verifyPassword('mot mat khau dai', hash)).toBe(false);
  });

  it('salt every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('refuse a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });

  it('must be at least 10 characters', () => {
    expect(passwordProblem('short')).toMatch(/10/);
    expect(passwordProblem('long enough!')).toBeNull();
  });
});
