/**
 * Sections, counters, officials and secondments. Sections and counters are public (the portal lists
 * them); who sits at which counter is for staff, and staffing a section is for its centre manager or
 * a system administrator. Changes are one transaction each, with their audit event.
 */
import {
  badInput,
  domainError,
  ErrorCode,
  forbidden,
  inKeyOrder,
  isDateIdKey,
  isStringIdKey,
  isUuid,
  keysetConnection,
  unauthenticated,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { vietnamToday } from '../domain/calendar-date.js';
import {
  earlyEndProblem,
  isEndingSoon,
  secondmentProblem,
  secondmentStatus,
  uncoveredFields,
  type Problem,
} from '../domain/secondment-rules.js';
import { canListOfficials, canManageSection } from '../domain/staffing-access.js';
import { audit } from '../store/accounts.js';
import {
  countersByIds,
  countersOfSections,
  insertSecondment,
  officialForUpdate,
  officialPage,
  officialsByIds,
  secondmentForUpdate,
  secondmentPage,
  secondmentsAtCounters,
  secondmentsByIds,
  secondmentsOfOfficial,
  sections,
  sectionsByIds,
  shortenSecondment,
  type CounterRow,
  type OfficialPageKey,
  type OfficialRow,
  type SecondmentPageKey,
  type SecondmentRow,
  type SectionKind,
  type SectionRow,
} from '../store/staffing.js';
import { accountIdOf } from './auth.js';
import { agencyById, unitById } from './loaders.js';

function groupBy<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

const sectionById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, SectionRow>('sectionById', async (ids) =>
    inKeyOrder(ids, await sectionsByIds(db, ids), (row) => row.id),
  );
const counterById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, CounterRow>('counterById', async (ids) =>
    inKeyOrder(ids, await countersByIds(db, ids), (row) => row.id),
  );
const countersOfSection = ({ loaders, db }: SubgraphContext) =>
  loaders<string, CounterRow[]>('countersOfSection', async (ids) =>
    groupBy(ids, await countersOfSections(db, ids), (row) => row.sectionId),
  );
const officialById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, OfficialRow>('officialById', async (ids) =>
    inKeyOrder(ids, await officialsByIds(db, ids), (row) => row.id),
  );
const secondmentById = ({ loaders, db }: SubgraphContext) =>
  loaders<string, SecondmentRow>('secondmentById', async (ids) =>
    inKeyOrder(ids, await secondmentsByIds(db, ids), (row) => row.id),
  );
const secondmentsAtCounter = ({ loaders, db }: SubgraphContext) =>
  loaders<string, SecondmentRow[]>('secondmentsAtCounter', async (ids) =>
    groupBy(ids, await secondmentsAtCounters(db, ids), (row) => row.counterId),
  );

const isOfficialKey = (value: unknown): value is OfficialPageKey => isStringIdKey(value);
const isSecondmentKey = (value: unknown): value is SecondmentPageKey => isDateIdKey(value);

function requireStaff(ctx: SubgraphContext): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  // An account whose roles were all removed keeps kind 'staff' but has no business here.
  if (ctx.principal.kind !== 'staff' || ctx.principal.roles.length === 0)
    throw forbidden('Chỉ cán bộ được xem thông tin này. / Only staff may see this.');
}

/** Loads the section and checks the caller may staff it. */
async function managedSection(ctx: SubgraphContext, sectionId: string, field = 'sectionId'): Promise<SectionRow> {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  const section = isUuid(sectionId) ? await sectionById(ctx).load(sectionId) : null;
  if (!section)
    throw domainError(ErrorCode.NOT_FOUND, 'Không tìm thấy bộ phận một cửa. / No such one-stop section.', field);
  if (!canManageSection(ctx.principal, section.agencyId)) {
    throw forbidden(
      "Chỉ giám đốc trung tâm của bộ phận này hoặc quản trị hệ thống được bố trí cán bộ. / Only this section's centre manager or a system administrator may staff it.",
    );
  }
  return section;
}

const fail = (problem: Problem) =>
  problem.conflict
    ? domainError(ErrorCode.CONFLICT, problem.message, problem.field)
    : badInput(problem.message, problem.field);
const today = () => vietnamToday(new Date());

export const staffingResolvers = {
  Query: {
    oneStopSections: (_parent: unknown, { kind }: { kind?: SectionKind | null }, ctx: SubgraphContext) =>
      sections(ctx.db, kind),
    oneStopSection: (_parent: unknown, { id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? sectionById(ctx).load(id) : null,
    secondments: async (
      _parent: unknown,
      args: { sectionId: string; first?: number | null; after?: string | null },
      ctx: SubgraphContext,
    ) => {
      const section = await managedSection(ctx, args.sectionId);
      return keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isSecondmentKey,
        keyOf: (row: SecondmentRow): SecondmentPageKey => [row.startsOn, row.id],
        fetch: (after, limit) => secondmentPage(ctx.db, section.id, after, limit),
      });
    },
    officials: (
      _parent: unknown,
      args: { homeAgencyId?: string | null; first?: number | null; after?: string | null },
      ctx: SubgraphContext,
    ) => {
      if (ctx.principal.kind === 'anonymous') throw unauthenticated();
      if (!canListOfficials(ctx.principal))
        throw forbidden(
          'Chỉ giám đốc trung tâm và quản trị hệ thống được xem danh sách cán bộ. / Only centre managers and system administrators may list officials.',
        );
      if (args.homeAgencyId && !isUuid(args.homeAgencyId))
        throw badInput('Mã cơ quan không hợp lệ. / Not an agency id.', 'homeAgencyId');
      return keysetConnection({
        first: args.first,
        after: args.after,
        isKey: isOfficialKey,
        keyOf: (row: OfficialRow): OfficialPageKey => [row.fullName, row.id],
        fetch: (after, limit) => officialPage(ctx.db, args.homeAgencyId ?? null, after, limit),
      });
    },
    staffingWarnings: async (_parent: unknown, { sectionId }: { sectionId: string }, ctx: SubgraphContext) => {
      const section = await managedSection(ctx, sectionId);
      const day = today();
      const sectionCounters = (await countersOfSection(ctx).load(section.id)) ?? [];
      const seconded = await secondmentsAtCounter(ctx).loadMany(sectionCounters.map((counter) => counter.id));
      const atCounter = sectionCounters.map((counter, index) => {
        const rows = seconded[index];
        return { counter, rows: Array.isArray(rows) ? rows : [] };
      });
      return {
        endingSoon: atCounter.flatMap(({ rows }) => rows.filter((row) => isEndingSoon(row, day))),
        uncoveredFields: atCounter.flatMap(({ counter, rows }) =>
          uncoveredFields(counter.fields, rows, day).map((field) => ({ counter, field })),
        ),
      };
    },
  },
  Mutation: {
    addSecondment: async (
      _parent: unknown,
      {
        input,
      }: { input: { officialId: string; counterId: string; startsOn: string; endsOn: string; fields: string[] } },
      ctx: SubgraphContext,
    ) => {
      if (!isUuid(input.counterId)) throw badInput('Không có quầy này. / No such counter.', 'counterId');
      if (!isUuid(input.officialId)) throw badInput('Không có cán bộ này. / No such official.', 'officialId');
      const counter = await counterById(ctx).load(input.counterId);
      if (!counter) throw domainError(ErrorCode.NOT_FOUND, 'Không có quầy này. / No such counter.', 'counterId');
      await managedSection(ctx, counter.sectionId, 'counterId');
      const secondment = await ctx.db.transaction(async (tx) => {
        const official = await officialForUpdate(tx, input.officialId);
        if (!official) throw domainError(ErrorCode.NOT_FOUND, 'Không có cán bộ này. / No such official.', 'officialId');
        const others = await secondmentsOfOfficial(tx, official.id);
        const problem = secondmentProblem({ ...input, official, counter, otherSecondments: others });
        if (problem) throw fail(problem);
        const row = await insertSecondment(tx, {
          officialId: official.id,
          counterId: counter.id,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          fields: input.fields,
        });
        await audit(tx, accountIdOf(ctx.principal) ?? 'unknown', 'secondment.added', row.id, { ...input });
        return row;
      });
      return { secondment };
    },
    endSecondment: async (
      _parent: unknown,
      { input }: { input: { secondmentId: string; endsOn: string; reason: string } },
      ctx: SubgraphContext,
    ) => {
      if (!isUuid(input.secondmentId)) throw badInput('Không có đợt cử này. / No such secondment.', 'secondmentId');
      const existing = await secondmentById(ctx).load(input.secondmentId);
      if (!existing)
        throw domainError(ErrorCode.NOT_FOUND, 'Không có đợt cử này. / No such secondment.', 'secondmentId');
      const counter = await counterById(ctx).load(existing.counterId);
      await managedSection(ctx, counter!.sectionId, 'secondmentId');
      const secondment = await ctx.db.transaction(async (tx) => {
        const current = await secondmentForUpdate(tx, existing.id);
        const problem = earlyEndProblem(current!, input.endsOn, input.reason);
        if (problem) throw fail(problem);
        const row = await shortenSecondment(tx, current!.id, input.endsOn, input.reason.trim());
        await audit(tx, accountIdOf(ctx.principal) ?? 'unknown', 'secondment.ended_early', row.id, {
          from: current!.endsOn,
          to: input.endsOn,
          reason: input.reason.trim(),
        });
        return row;
      });
      return { secondment };
    },
  },
  OneStopSection: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? sectionById(ctx).load(id) : null,
    agency: (section: SectionRow, _args: unknown, ctx: SubgraphContext) => agencyById(ctx).load(section.agencyId),
    unit: (section: SectionRow, _args: unknown, ctx: SubgraphContext) => unitById(ctx).load(section.unitId),
    counters: (section: SectionRow, _args: unknown, ctx: SubgraphContext) => countersOfSection(ctx).load(section.id),
  },
  Counter: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) =>
      isUuid(id) ? counterById(ctx).load(id) : null,
    section: (counter: CounterRow, _args: unknown, ctx: SubgraphContext) => sectionById(ctx).load(counter.sectionId),
    servedAgency: (counter: CounterRow, _args: unknown, ctx: SubgraphContext) =>
      counter.servedAgencyId ? agencyById(ctx).load(counter.servedAgencyId) : null,
    officialsOn: async (counter: CounterRow, { date }: { date?: string | null }, ctx: SubgraphContext) => {
      requireStaff(ctx);
      const day = date ?? today();
      const rows = (await secondmentsAtCounter(ctx).load(counter.id)) ?? [];
      const active = rows.filter((row) => secondmentStatus(row, day) === 'ACTIVE');
      return Promise.all(active.map((row) => officialById(ctx).load(row.officialId)));
    },
  },
  Official: {
    __resolveReference: ({ id }: { id: string }, ctx: SubgraphContext) => {
      requireStaff(ctx);
      return isUuid(id) ? officialById(ctx).load(id) : null;
    },
    homeAgency: (official: OfficialRow, _args: unknown, ctx: SubgraphContext) =>
      agencyById(ctx).load(official.homeAgencyId),
  },
  Secondment: {
    __resolveReference: async ({ id }: { id: string }, ctx: SubgraphContext) => {
      const row = isUuid(id) ? await secondmentById(ctx).load(id) : null;
      if (!row) return null;
      const counter = await counterById(ctx).load(row.counterId);
      await managedSection(ctx, counter!.sectionId);
      return row;
    },
    official: (row: SecondmentRow, _args: unknown, ctx: SubgraphContext) => officialById(ctx).load(row.officialId),
    counter: (row: SecondmentRow, _args: unknown, ctx: SubgraphContext) => counterById(ctx).load(row.counterId),
    status: (row: SecondmentRow) => secondmentStatus(row, today()),
  },
};
