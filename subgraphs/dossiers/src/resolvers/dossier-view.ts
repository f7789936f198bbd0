/**
 * What a request needs to show a dossier: its ledger, bound version, the calendar and the engine's
 * figures, each loaded once per request for every dossier on the page (one query per kind).
 */
import { inKeyOrder, type SubgraphContext } from '@motcua/subgraph-kit';
import type { WorkingCalendar } from '@motcua/working-days';
import { dossierFigures, type DossierFigures } from '../domain/figures.js';
import type { LedgerEvent } from '../domain/ledger.js';
import { processFor } from '../domain/process.js';
import {
  agenciesByIds,
  dossiersByIds,
  eventsOfDossiers,
  loadCalendar,
  versionsByIds,
  type AgencyCopyRow,
  type DossierRow,
  type ProcedureVersionRow,
} from '../store/queries.js';
import { positionOf } from '../transitions/run.js';

export const dossierLoader = ({ loaders, db }: SubgraphContext) =>
  loaders<string, DossierRow>('dossierById', async (ids) =>
    inKeyOrder(ids, await dossiersByIds(db, ids), (row) => row.id),
  );

export const eventsLoader = ({ loaders, db }: SubgraphContext) =>
  loaders<string, LedgerEvent[]>('dossierEvents', async (ids) => {
    const byDossier = await eventsOfDossiers(db, ids);
    return ids.map((id) => byDossier.get(id) ?? []);
  });

export const versionLoader = ({ loaders, db }: SubgraphContext) =>
  loaders<string, ProcedureVersionRow>('procedureVersion', async (ids) =>
    inKeyOrder(ids, await versionsByIds(db, ids), (row) => row.versionId),
  );

export const agencyLoader = ({ loaders, db }: SubgraphContext) =>
  loaders<string, AgencyCopyRow>('agencyCopy', async (ids) =>
    inKeyOrder(ids, await agenciesByIds(db, ids), (row) => row.id),
  );

const calendarLoader = ({ loaders, db }: SubgraphContext) =>
  loaders<'calendar', WorkingCalendar>('calendar', async (keys) => {
    const calendar = await loadCalendar(db);
    return keys.map(() => calendar);
  });

export async function loadWorkingCalendar(ctx: SubgraphContext): Promise<WorkingCalendar> {
  return (await calendarLoader(ctx).load('calendar'))!;
}

export async function eventsOf(ctx: SubgraphContext, id: string): Promise<LedgerEvent[]> {
  return (await eventsLoader(ctx).load(id)) ?? [];
}

export async function versionOf(ctx: SubgraphContext, row: DossierRow): Promise<ProcedureVersionRow> {
  const version = await versionLoader(ctx).load(row.procedureVersionId);
  if (!version) throw new Error(`procedure version ${row.procedureVersionId} is missing from the read copy`);
  return version;
}

export async function agencyName(ctx: SubgraphContext, id: string): Promise<string | null> {
  return (await agencyLoader(ctx).load(id))?.name ?? null;
}

/** Figures are computed once per dossier per request, at the request's moment. */
const figuresCache = new WeakMap<SubgraphContext, Map<string, Promise<DossierFigures>>>();
const requestNow = new WeakMap<SubgraphContext, Date>();

export function nowOf(ctx: SubgraphContext): Date {
  let now = requestNow.get(ctx);
  if (!now) requestNow.set(ctx, (now = new Date()));
  return now;
}

export function figuresOf(ctx: SubgraphContext, row: DossierRow): Promise<DossierFigures> {
  let cache = figuresCache.get(ctx);
  if (!cache) figuresCache.set(ctx, (cache = new Map()));
  let figures = cache.get(row.id);
  if (!figures) {
    figures = (async () => {
      const [version, events, calendar] = await Promise.all([
        versionOf(ctx, row),
        eventsOf(ctx, row.id),
        loadWorkingCalendar(ctx),
      ]);
      return dossierFigures({
        calendar,
        terms: version.terms,
        channel: row.channel,
        ruleSet: row.ruleSet,
        receivingAgencyId: row.receivingAgencyId,
        competentAgencyId: row.competentAgencyId,
        currentStep: row.currentStep,
        events,
        now: nowOf(ctx),
      });
    })();
    cache.set(row.id, figures);
  }
  return figures;
}

export async function positionFor(ctx: SubgraphContext, row: DossierRow) {
  const [version, events] = await Promise.all([versionOf(ctx, row), eventsOf(ctx, row.id)]);
  return positionOf(row, processFor(version.terms, row.receivingAgencyId), events);
}
