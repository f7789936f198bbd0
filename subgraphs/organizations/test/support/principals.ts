import { demoAccounts } from '@motcua/seed-data';
import { stableId, type Principal, type Role } from '@motcua/subgraph-kit';

/** The principal the gateway would forward for a signed-in demo account. */
export function demoPrincipal(username: string): Principal {
  const account = demoAccounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return {
    kind: account.kind === 'STAFF' ? 'staff' : 'citizen',
    subject: stableId('account', account.username),
    roles: account.roles.map((grant) => ({
      role: grant.role as Role,
      scopeId: stableId('agency', grant.agencyElectronicId),
    })),
    scopes: [],
  };
}
