/** What a new account must look like; pure, so the console can show the same messages. */
import type { Problem } from './secondment-rules.js';
import { passwordProblem } from './passwords.js';

const USERNAME = /^[a-z0-9._-]{3,40}$/;

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
}

export function newAccountProblem(account: NewAccount): Problem | null {
  if (!USERNAME.test(account.username)) {
    return {
      field: 'username',
      message:
        'Tên đăng nhập gồm 3–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới. / A username is 3–40 letters, digits, dots, dashes or underscores.',
    };
  }
  const name = account.displayName.trim();
  if (name.length < 2 || name.length > 120) {
    return { field: 'displayName', message: 'Họ tên từ 2 đến 120 ký tự. / The name must be 2 to 120 characters.' };
  }
  const password = passwordProblem(account.password);
  if (password) return { field: 'password', message: password };
  return null;
}

/** Staff roles only: CITIZEN is what sign-up gives, never granted to an official. */
export function staffRolesProblem(roles: { role: string }[]): Problem | null {
  if (roles.some((grant) => grant.role === 'CITIZEN')) {
    return {
      field: 'roles',
      message: "Vai trò CITIZEN chỉ dành cho tài khoản công dân. / CITIZEN is for citizens' accounts only.",
    };
  }
  return null;
}
