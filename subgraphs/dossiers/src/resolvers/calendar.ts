/**
 * The working calendar (DOMAIN.md §10): anyone may read it (the portal counts appointments with
 * it); system administrators change its days. Due dates are derived, never stored, so a change
 * moves every open dossier's due date at once; the audit record lists the ones that moved.
 */
import {
  badInput,
  faultsError,
  forbidden,
  hasRole,
  isCalendarDate,
  unauthenticated,
  type Executor,
  type Resolvers,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { findCalendarFaults, type WorkingCalendar } from '@motcua/working-days';
import { eq } from 'drizzle-orm';
import { figuresOfDossier } from '../domain/figures.js';
import { eventsOfDossiers, loadCalendar, openDossiers, versionsByIds } from '../store/queries.js';
import { loadWorkingCalendar } from './dossier-view.js';
import { auditEvents, calendarDays, calendarSettings } from '../store/tables.js';

function requireAdmin(ctx: SubgraphContext): string {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  if (!hasRole(ctx.principal, 'SYSTEM_ADMIN') || ctx.principal.kind !== 'staff')
    throw forbidden('Only system administrators change the working calendar.');
  return ctx.principal.subject;
}

/** Due dates of every open dossier under a calendar, by dossier code. */
async function dueDates(tx: Executor, calendar: WorkingCalendar, now: Date): Promise<Map<string, string | null>> {
  const rows = await openDossiers(tx);
  if (rows.length === 0) return new Map();
  const [versions, events] = await Promise.all([
    versionsByIds(tx, [...new Set(rows.map((row) => row.procedureVersionId))]),
    eventsOfDossiers(
      tx,
      rows.map((row) => row.id),
    ),
  ]);
  const versionById = new Map(versions.map((version) => [version.versionId, version]));
  return new Map(
    rows.map((row) => {
      const figures = figuresOfDossier(
        row,
        versionById.get(row.procedureVersionId)!.terms,
        events.get(row.id) ?? [],
        calendar,
        now,
      );
      return [row.code ?? row.id, figures.clock.dueAt?.toISOString() ?? null];
    }),
  );
}

async function changeCalendar(
  ctx: SubgraphContext,
  action: string,
  subject: string,
  change: (tx: Executor) => Promise<void>,
) {
  const actorId = requireAdmin(ctx);
  const now = new Date();
  return ctx.db.transaction(async (tx) => {
    const before = await dueDates(tx, await loadCalendar(tx), now);
    await change(tx);
    const calendar = await loadCalendar(tx);
    const faults = findCalendarFaults(calendar);
    if (faults.length > 0)
      throw faultsError(
        'The calendar would not be usable.',
        faults.map(({ path, message }) => ({ field: path, message })),
      );
    const after = await dueDates(tx, calendar, now);
    const moved = [...after]
      .filter(([code, due]) => before.get(code) !== due)
      .map(([code, due]) => ({
        code,
        before: before.get(code) ?? null,
        after: due,
      }));
    await tx.insert(auditEvents).values({ actorId, action, subject, detail: { moved } });
    return { calendar: {}, affectedDossiers: moved.length };
  });
}

export const calendarResolvers: Resolvers = {
  Query: {
    workingCalendar: () => ({}),
  },
  WorkingCalendar: {
    // Read once per request through the loader the dossier figures share; after a change the
    // mutation's request has not read it yet, so it answers with the calendar as changed.
    workingWeekdays: async (_parent, _args, ctx: SubgraphContext) => (await loadWorkingCalendar(ctx)).workingWeekdays,
    shifts: async (_parent, _args, ctx: SubgraphContext) => (await loadWorkingCalendar(ctx)).shifts,
    receptionCutOff: async (_parent, _args, ctx: SubgraphContext) => (await loadWorkingCalendar(ctx)).receptionCutOff,
    days: async (_parent, { year }: { year: number }, ctx: SubgraphContext) =>
      (await loadWorkingCalendar(ctx)).exceptions.filter((day) => day.date.startsWith(`${year}-`)),
  },
  Mutation: {
    setCalendarDay: (
      _parent,
      { input }: { input: { date: string; kind: 'DAY_OFF' | 'WORKING_DAY'; name: string } },
      ctx: SubgraphContext,
    ) => {
      if (!isCalendarDate(input.date)) throw badInput('Ngày không đúng (YYYY-MM-DD).', 'date');
      const name = input.name.trim();
      if (!name) throw badInput('Ghi tên ngày nghỉ hoặc ngày làm bù.', 'name');
      return changeCalendar(ctx, 'CALENDAR_DAY_SET', input.date, async (tx) => {
        const updatedBy = (ctx.principal as { subject: string }).subject;
        await tx
          .insert(calendarDays)
          .values({ date: input.date, kind: input.kind, name, updatedBy })
          .onConflictDoUpdate({ target: calendarDays.date, set: { kind: input.kind, name, updatedBy } });
      });
    },
    updateCalendarSettings: (
      _parent,
      {
        input,
      }: { input: { workingWeekdays: number[]; shifts: { start: string; end: string }[]; receptionCutOff: string } },
      ctx: SubgraphContext,
    ) =>
      changeCalendar(ctx, 'CALENDAR_SETTINGS_SET', 'settings', async (tx) => {
        await tx
          .update(calendarSettings)
          .set({ workingWeekdays: input.workingWeekdays, shifts: input.shifts, receptionCutOff: input.receptionCutOff })
          .where(eq(calendarSettings.id, 1));
      }),
    removeCalendarDay: (_parent, { date }: { date: string }, ctx: SubgraphContext) => {
      if (!isCalendarDate(date)) throw badInput('Ngày không đúng (YYYY-MM-DD).', 'date');
      return changeCalendar(ctx, 'CALENDAR_DAY_REMOVED', date, async (tx) => {
        await tx.delete(calendarDays).where(eq(calendarDays.date, date));
      });
    },
  },
};
