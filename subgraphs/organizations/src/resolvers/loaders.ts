/** Per-request batch loaders: each turns many lookups from one query plan into one SQL statement. */
import { inKeyOrder, type SubgraphContext } from '@motcua/subgraph-kit';
import { vietnamToday } from '../domain/calendar-date.js';
import { accountsByIds, grantsOfAccounts, type AccountRow, type RoleGrantRow } from '../store/accounts.js';
import {
  agenciesByIds,
  agenciesOfUnits,
  childCounts,
  unitsByIds,
  unitsByParents,
  unitsBySuccessors,
  type AgencyRow,
  type UnitRow,
} from '../store/queries.js';

function groupBy<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export const unitById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, UnitRow>('unitById', async (ids) => inKeyOrder(ids, await unitsByIds(db, ids), (row) => row.id));

export const agencyById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, AgencyRow>('agencyById', async (ids) =>
    inKeyOrder(ids, await agenciesByIds(db, ids), (row) => row.id),
  );

export const childrenOfUnit = ({ loaders, db }: SubgraphContext) =>
  loaders<string, UnitRow[]>('childrenOfUnit', async (ids) =>
    groupBy(ids, await unitsByParents(db, ids), (row) => row.parentId!),
  );

export const childCountOfUnit = ({ loaders, db }: SubgraphContext) =>
  loaders<string, number>('childCountOfUnit', async (ids) => {
    const counts = await childCounts(db, ids, vietnamToday(new Date()));
    return ids.map((id) => counts.get(id) ?? 0);
  });

export const predecessorsOfUnit = ({ loaders, db }: SubgraphContext) =>
  loaders<string, UnitRow[]>('predecessorsOfUnit', async (ids) =>
    groupBy(ids, await unitsBySuccessors(db, ids), (row) => row.successorId!),
  );

export const agenciesOfUnit = ({ loaders, db }: SubgraphContext) =>
  loaders<string, AgencyRow[]>('agenciesOfUnit', async (ids) =>
    groupBy(ids, await agenciesOfUnits(db, ids), (row) => row.unitId),
  );

export const accountById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, AccountRow>('accountById', async (ids) =>
    inKeyOrder(ids, await accountsByIds(db, ids), (row) => row.id),
  );

export const grantsOfAccount = ({ loaders, db }: SubgraphContext) =>
  loaders<string, RoleGrantRow[]>('grantsOfAccount', async (ids) =>
    groupBy(ids, await grantsOfAccounts(db, ids), (row) => row.accountId),
  );
