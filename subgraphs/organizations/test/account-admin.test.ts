import { stableId } from '@motcua/subgraph-kit';
import { databaseKinds, querySubgraph, testSigningKeys, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { organizationsSubgraph } from '../src/index.js';
import { accounts } from '../src/store/tables.js';
import { demoPrincipal } from './support/principals.js';

const SIGN_UP = `mutation ($input: SignUpCitizenInput!) { signUpCitizen(input: $input) { accessToken account { username kind roles { role } } } }`;
const CREATE = `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id username kind roles { role agency { shortName } } } } }`;
const SET_ROLES = `mutation ($input: SetAccountRolesInput!) { setAccountRoles(input: $input) { account { roles { role agency { shortName } } } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { account { username } } }`;
const CONSTRUCTION = stableId('agency', '000.00.09.H37');

describe.each(databaseKinds())('account administration on %s', (kind) => {
  const running = useTestSubgraph(() => organizationsSubgraph({ authPrivateKey: testSigningKeys().privateKey }), kind);
  const admin = demoPrincipal('admin');
  const call = <T>(query: string, variables: Record<string, unknown>, principal = admin) =>
    querySubgraph<T>(running.subgraph.url, running.secret, query, variables, principal);
  const accountCount = async () =>
    (await running.subgraph.database.db.select({ value: count() }).from(accounts))[0]!.value;

  it('lets a citizen sign up and be signed in, with no staff roles', async () => {
    const { body } = await call<{
      signUpCitizen: { accessToken: string; account: { username: string; kind: string; roles: unknown[] } };
    }>(
      SIGN_UP,
      { input: { username: '0912345678', displayName: 'Trần Thị Lan', password: 'mật khẩu rất dài' } },
      { kind: 'anonymous' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.signUpCitizen.account).toEqual({ username: '0912345678', kind: 'CITIZEN', roles: [] });
  });

  it.each([
    ['a username with spaces', { username: 'trần lan' }, 'BAD_USER_INPUT', 'username'],
    ['a short password', { password: 'short' }, 'BAD_USER_INPUT', 'password'],
    ['a taken username', { username: 'admin' }, 'CONFLICT', 'username'],
  ])('refuses a sign-up with %s, writing nothing', async (_label, change, code, field) => {
    const before = await accountCount();
    const { body } = await call(
      SIGN_UP,
      { input: { username: 'citizen.two', displayName: 'Lê Văn Hai', password: 'long enough pass', ...change } },
      { kind: 'anonymous' },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await accountCount()).toBe(before);
  });

  it('creates an official with roles, who can then sign in', async () => {
    const { body } = await call<{
      createStaffAccount: { account: { kind: string; roles: { role: string; agency: { shortName: string } }[] } };
    }>(CREATE, {
      input: {
        username: 'thamdinh.sxd',
        displayName: 'Đỗ Văn Thẩm',
        password: 'initial-password-1',
        roles: [{ role: 'SPECIALIST', agencyId: CONSTRUCTION }],
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.createStaffAccount.account.roles).toEqual([
      { role: 'SPECIALIST', agency: { shortName: 'Sở Xây dựng' } },
    ]);
    const signIn = await call(
      SIGN_IN,
      { input: { username: 'thamdinh.sxd', password: 'initial-password-1' } },
      { kind: 'anonymous' },
    );
    expect(signIn.body.errors).toBeUndefined();
  });

  it('refuses roles in an unknown agency or the CITIZEN role for an official, writing nothing', async () => {
    const before = await accountCount();
    const unknownAgency = await call(CREATE, {
      input: {
        username: 'x.one',
        displayName: 'X One',
        password: 'initial-password-1',
        roles: [{ role: 'SPECIALIST', agencyId: stableId('agency', 'nope') }],
      },
    });
    expect(unknownAgency.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'roles' });
    const citizenRole = await call(CREATE, {
      input: {
        username: 'x.two',
        displayName: 'X Two',
        password: 'initial-password-1',
        roles: [{ role: 'CITIZEN', agencyId: CONSTRUCTION }],
      },
    });
    expect(citizenRole.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });
    expect(await accountCount()).toBe(before);
  });

  it("replaces an official's roles, but not an administrator's own admin role", async () => {
    const { body } = await call<{ setAccountRoles: { account: { roles: { role: string }[] } } }>(SET_ROLES, {
      input: {
        accountId: stableId('account', 'chuyenvien.sxd'),
        roles: [{ role: 'APPROVER', agencyId: CONSTRUCTION }],
      },
    });
    expect(body.data!.setAccountRoles.account.roles.map((grant) => grant.role)).toEqual(['APPROVER']);
    const self = await call(SET_ROLES, { input: { accountId: stableId('account', 'admin'), roles: [] } });
    expect(self.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });
  });

  it('is for system administrators only', async () => {
    for (const username of ['quanly.trungtam', 'tiepnhan.trungtam', 'congdan.demo']) {
      const { body } = await call(
        CREATE,
        { input: { username: 'y.one', displayName: 'Y', password: 'initial-password-1', roles: [] } },
        demoPrincipal(username),
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('unlocks a locked account', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await call(SIGN_IN, { input: { username: 'lanhdao.sxd', password: 'wrong' } }, { kind: 'anonymous' });
    }
    const locked = await call(
      SIGN_IN,
      { input: { username: 'lanhdao.sxd', password: 'Motcua@2026' } },
      { kind: 'anonymous' },
    );
    expect(locked.body.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    await call('mutation ($id: ID!) { unlockAccount(accountId: $id) { account { lockedUntil } } }', {
      id: stableId('account', 'lanhdao.sxd'),
    });
    const again = await call(
      SIGN_IN,
      { input: { username: 'lanhdao.sxd', password: 'Motcua@2026' } },
      { kind: 'anonymous' },
    );
    expect(again.body.errors).toBeUndefined();
  });
});
