/** Per-request batch loaders: one query per kind of row, however many a page asks for. */
import { inKeyOrder, vietnamToday, type SubgraphContext } from '@motcua/subgraph-kit';
import {
  entriesOfProcedures,
  entriesOfSections,
  proceduresByIds,
  versionsByIds,
  versionsOfProcedures,
  type CatalogueEntryRow,
  type ProcedureWithStanding,
  type VersionRow,
} from '../store/queries.js';

function groupBy<Row>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

export const procedureById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, ProcedureWithStanding>('procedureById', async (ids) =>
    inKeyOrder(ids, await proceduresByIds(db, ids, vietnamToday()), (row) => row.id),
  );

export const versionById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, VersionRow>('versionById', async (ids) =>
    inKeyOrder(ids, await versionsByIds(db, ids), (row) => row.id),
  );

/** Every version of a procedure, newest number first. */
export const versionsOfProcedure = ({ loaders, db }: SubgraphContext) =>
  loaders<string, VersionRow[]>('versionsOfProcedure', async (ids) =>
    groupBy(ids, await versionsOfProcedures(db, ids), (row) => row.procedureId),
  );

export const entriesOfSection = ({ loaders, db }: SubgraphContext) =>
  loaders<string, CatalogueEntryRow[]>('entriesOfSection', async (ids) =>
    groupBy(ids, await entriesOfSections(db, ids), (row) => row.sectionId),
  );

export const entriesOfProcedure = ({ loaders, db }: SubgraphContext) =>
  loaders<string, CatalogueEntryRow[]>('entriesOfProcedure', async (ids) =>
    groupBy(ids, await entriesOfProcedures(db, ids), (row) => row.procedureId),
  );
