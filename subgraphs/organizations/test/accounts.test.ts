import { DEMO_PASSWORD, demoAccounts } from '@motcua/seed-data';
import { stableId, type Principal, type Role } from '@motcua/subgraph-kit';
import { databaseKinds, querySubgraph, testSigningKeys, useTestSubgraph } from '@motcua/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { organizationsSubgraph } from '../src/index.js';
import { auditEvents } from '../src/store/tables.js';

const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) { accessToken accessTokenExpiresAt refreshToken account { username kind roles { role agency { shortName } } } }
}`;
const REFRESH = 'mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }';
const SIGN_OUT = 'mutation ($token: String!) { signOut(refreshToken: $token) }';

interface SessionData {
  accessToken: string;
  refreshToken: string;
  account: { username: string; kind: string; roles: { role: string; agency: { shortName: string } }[] };
}

describe.each(databaseKinds())('accounts and sign-in on %s', (kind) => {
  const running = useTestSubgraph(() => organizationsSubgraph({ authPrivateKey: testSigningKeys().privateKey }), kind);
  const call = <T>(query: string, variables: Record<string, unknown> = {}, principal?: Principal) =>
    querySubgraph<T>(running.subgraph.url, running.secret, query, variables, principal);
  const signIn = (username: string, password = DEMO_PASSWORD) =>
    call<{ signIn: SessionData }>(SIGN_IN, { input: { username, password } });

  it('signs a demo account in, with its roles and a signed access token', async () => {
    const { body } = await signIn('  ChuyenVien.SXD ');
    expect(body.errors).toBeUndefined();
    const session = body.data!.signIn;
    expect(session.account).toMatchObject({ username: 'chuyenvien.sxd', kind: 'STAFF' });
    expect(session.account.roles).toEqual([{ role: 'SPECIALIST', agency: { shortName: 'Sở Xây dựng' } }]);
    expect(session.accessToken.split('.')).toHaveLength(3);
  });

  it('answers a wrong password and an unknown user alike, naming the password field', async () => {
    for (const [username, password] of [
      ['admin', 'wrong password'],
      ['nobody.here', DEMO_PASSWORD],
    ] as const) {
      const { body } = await signIn(username, password);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'password' });
      expect(body.data?.signIn ?? null).toBeNull();
    }
  });

  it('names the empty field before checking anything', async () => {
    const { body } = await signIn('', 'x');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it('locks the account after five failures, even for the right password, and audits it', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await signIn('bientap.danhmuc', 'not the password');
    const { body } = await signIn('bientap.danhmuc');
    expect(body.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    expect(Date.parse(body.errors?.[0]?.extensions?.lockedUntil as string)).toBeGreaterThan(Date.now());
    const trail = await running.subgraph.database.db.select().from(auditEvents);
    const accountId = stableId('account', 'bientap.danhmuc');
    expect(trail.filter((event) => event.subject === accountId).map((event) => event.action)).toEqual([
      ...Array(4).fill('account.sign_in_failed'),
      'account.locked',
    ]);
  });

  it('locks the account when the guesses arrive all at once', async () => {
    await Promise.all(Array.from({ length: 12 }, () => signIn('chuyenvien.sxd', 'parallel guess')));
    const { body } = await signIn('chuyenvien.sxd');
    expect(body.errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
  });

  it('rotates refresh tokens: each works once, and a replayed one ends every session of the account', async () => {
    const first = (await signIn('lanhdao.sxd')).body.data!.signIn;
    const second = (await call<{ refreshSession: SessionData }>(REFRESH, { token: first.refreshToken })).body.data!
      .refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);

    const replay = await call(REFRESH, { token: first.refreshToken });
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The replay ended the session the thief may have had, and the owner's too.
    const afterReplay = await call(REFRESH, { token: second.refreshToken });
    expect(afterReplay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out: the refresh token stops working', async () => {
    const session = (await signIn('quanly.trungtam')).body.data!.signIn;
    expect((await call<{ signOut: boolean }>(SIGN_OUT, { token: session.refreshToken })).body.data!.signOut).toBe(true);
    const refreshed = await call(REFRESH, { token: session.refreshToken });
    expect(refreshed.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('authorization matrix: every role against every operation', () => {
    const PROVINCE_PC = stableId('agency', '000.00.00.H37');
    const principals: Record<string, Principal> = {
      anonymous: { kind: 'anonymous' },
      ...Object.fromEntries(
        demoAccounts.map((account) => [
          account.roles[0]!.role,
          {
            kind: account.kind === 'STAFF' ? 'staff' : 'citizen',
            subject: stableId('account', account.username),
            roles: account.roles.map((grant) => ({
              role: grant.role as Role,
              scopeId: stableId('agency', grant.agencyElectronicId),
            })),
            scopes: [],
          } satisfies Principal,
        ]),
      ),
    };
    const adminId = stableId('account', 'admin');
    const operations: {
      name: string;
      query: string;
      variables?: Record<string, unknown>;
      allowed: (who: string) => boolean;
    }[] = [
      { name: 'administrativeUnitRoots', query: '{ administrativeUnitRoots { id } }', allowed: () => true },
      { name: 'agencies', query: '{ agencies(first: 1) { totalCount } }', allowed: () => true },
      { name: 'agency', query: '{ agency(id: "' + PROVINCE_PC + '") { name } }', allowed: () => true },
      { name: 'me', query: '{ me { username } }', allowed: () => true },
      {
        name: 'accounts',
        query: '{ accounts(first: 50) { totalCount edges { node { username } } } }',
        allowed: (who) => who === 'SYSTEM_ADMIN',
      },
      {
        name: 'apiClients',
        query: '{ apiClients(first: 5) { totalCount } }',
        allowed: (who) => who === 'SYSTEM_ADMIN',
      },
      { name: 'oneStopSections', query: '{ oneStopSections { name counters { number } } }', allowed: () => true },
      {
        name: 'officials',
        query: '{ officials(first: 5) { totalCount } }',
        allowed: (who) => who === 'SYSTEM_ADMIN' || who === 'CENTRE_MANAGER',
      },
      {
        name: "the centre's staffing warnings",
        query: `{ staffingWarnings(sectionId: "${stableId('one-stop-section', '000.00.01.H37')}") { endingSoon { id } } }`,
        allowed: (who) => who === 'SYSTEM_ADMIN' || who === 'CENTRE_MANAGER',
      },
      {
        name: "who sits at the centre's counters",
        query: '{ oneStopSections(kind: PROVINCIAL_CENTRE) { counters { officialsOn { fullName } } } }',
        allowed: (who) => who !== 'anonymous' && who !== 'CITIZEN',
      },
      {
        name: "another account's reference",
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { username } } }',
        variables: { r: [{ __typename: 'Account', id: adminId }] },
        allowed: (who) => who === 'SYSTEM_ADMIN',
      },
    ];

    for (const operation of operations) {
      for (const who of Object.keys(principals)) {
        const expected = operation.allowed(who) ? 'allowed' : 'refused';
        it(`${operation.name} is ${expected} for ${who}`, async () => {
          const { body } = await call(operation.query, operation.variables, principals[who]);
          if (operation.allowed(who)) {
            expect(body.errors).toBeUndefined();
          } else {
            expect(body.errors?.[0]?.extensions?.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          }
        });
      }
    }

    it('me is null for the anonymous caller and the account itself for a signed-in one', async () => {
      expect((await call<{ me: null }>('{ me { username } }', {}, principals.anonymous)).body.data!.me).toBeNull();
      const mine = await call<{ me: { username: string } }>('{ me { username } }', {}, principals.RECEPTION_OFFICER);
      expect(mine.body.data!.me.username).toBe('tiepnhan.trungtam');
    });

    it('lists every demo account for the system administrator', async () => {
      const { body } = await call<{ accounts: { totalCount: number } }>(
        '{ accounts(first: 50) { totalCount } }',
        {},
        principals.SYSTEM_ADMIN,
      );
      expect(body.data!.accounts.totalCount).toBe(demoAccounts.length);
    });
  });
});
