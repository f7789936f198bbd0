/**
 * Maintaining agencies and officials. Each change is one transaction with its audit event, and an
 * agency's with its event on the outbox for other subgraphs.
 */
import {
  badInput,
  domainError,
  ErrorCode,
  forbidden,
  hasRole,
  isUuid,
  newId,
  unauthenticated,
  type SubgraphContext,
} from '@motcua/subgraph-kit';
import { eq } from 'drizzle-orm';
import { agencyProblem, officialProblem } from '../domain/organization-rules.js';
import type { Problem } from '../domain/secondment-rules.js';
import { canListOfficials } from '../domain/staffing-access.js';
import { agencyChanged } from '../events/agency-changed.js';
import { agencyRegistered } from '../events/agency-registered.js';
import { audit } from '../store/accounts.js';
import { announceAgencies } from '../store/announcements.js';
import { agenciesByIds, unitsByIds, type AgencyKind } from '../store/queries.js';
import { agencies, officials } from '../store/tables.js';
import { accountIdOf } from './auth.js';

const fail = (problem: Problem) => badInput(problem.message, problem.field);
const actor = (ctx: SubgraphContext) => accountIdOf(ctx.principal) ?? 'unknown';

function requireSystemAdmin(ctx: SubgraphContext): void {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  if (!hasRole(ctx.principal, 'SYSTEM_ADMIN'))
    throw forbidden('Chỉ quản trị hệ thống quản lý cơ quan. / Only system administrators manage agencies.');
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

export const organizationAdminResolvers = {
  createAgency: async (
    _parent: unknown,
    {
      input,
    }: {
      input: {
        electronicId: string;
        name: string;
        shortName: string;
        kind: AgencyKind;
        unitId: string;
        address?: string | null;
        phone?: string | null;
      };
    },
    ctx: SubgraphContext,
  ) => {
    requireSystemAdmin(ctx);
    const electronicId = input.electronicId.trim().toUpperCase();
    const problem = agencyProblem({ ...input, electronicId });
    if (problem) throw fail(problem);
    const agency = await ctx.db.transaction(async (tx) => {
      const [unit] = isUuid(input.unitId) ? await unitsByIds(tx, [input.unitId]) : [];
      if (!unit)
        throw domainError(
          ErrorCode.NOT_FOUND,
          'Không có đơn vị hành chính này. / No such administrative unit.',
          'unitId',
        );
      const [row] = await tx
        .insert(agencies)
        .values({
          id: newId(),
          electronicId,
          name: input.name.trim(),
          shortName: input.shortName.trim(),
          kind: input.kind,
          unitId: unit.id,
          address: clean(input.address),
          phone: clean(input.phone),
          sortOrder: 10_000,
        })
        .onConflictDoNothing()
        .returning();
      if (!row)
        throw domainError(
          ErrorCode.CONFLICT,
          'Mã định danh này đã được dùng. / This electronic ID is already used.',
          'electronicId',
        );
      await audit(tx, actor(ctx), 'agency.created', row.id, { electronicId });
      await announceAgencies(tx, [row], agencyRegistered);
      return row;
    });
    return { agency };
  },

  updateAgency: async (
    _parent: unknown,
    {
      input,
    }: { input: { id: string; name: string; shortName: string; address?: string | null; phone?: string | null } },
    ctx: SubgraphContext,
  ) => {
    requireSystemAdmin(ctx);
    const problem = agencyProblem(input);
    if (problem) throw fail(problem);
    const agency = await ctx.db.transaction(async (tx) => {
      // Locked, so the audit's "before" is the value this update replaces, even under concurrent edits.
      const [before] = isUuid(input.id)
        ? await tx.select().from(agencies).where(eq(agencies.id, input.id)).for('update')
        : [];
      if (!before) throw domainError(ErrorCode.NOT_FOUND, 'Không có cơ quan này. / No such agency.', 'id');
      const [row] = await tx
        .update(agencies)
        .set({
          name: input.name.trim(),
          shortName: input.shortName.trim(),
          address: clean(input.address),
          phone: clean(input.phone),
        })
        .where(eq(agencies.id, before.id))
        .returning();
      await audit(tx, actor(ctx), 'agency.updated', before.id, {
        before: { name: before.name, shortName: before.shortName, address: before.address, phone: before.phone },
      });
      await announceAgencies(tx, [row!], agencyChanged);
      return row!;
    });
    return { agency };
  },

  createOfficial: async (
    _parent: unknown,
    {
      input,
    }: {
      input: {
        fullName: string;
        position: string;
        homeAgencyId: string;
        yearsOfService: number;
        email?: string | null;
        phone?: string | null;
      };
    },
    ctx: SubgraphContext,
  ) => {
    if (ctx.principal.kind === 'anonymous') throw unauthenticated();
    if (!canListOfficials(ctx.principal))
      throw forbidden(
        'Chỉ quản trị hệ thống và giám đốc trung tâm được thêm cán bộ. / Only system administrators and centre managers may add officials.',
      );
    const problem = officialProblem(input);
    if (problem) throw fail(problem);
    const official = await ctx.db.transaction(async (tx) => {
      const [home] = isUuid(input.homeAgencyId) ? await agenciesByIds(tx, [input.homeAgencyId]) : [];
      if (!home) throw domainError(ErrorCode.NOT_FOUND, 'Không có cơ quan này. / No such agency.', 'homeAgencyId');
      const [row] = await tx
        .insert(officials)
        .values({
          id: newId(),
          fullName: input.fullName.trim(),
          position: input.position.trim(),
          homeAgencyId: home.id,
          yearsOfService: input.yearsOfService,
          email: clean(input.email),
          phone: clean(input.phone),
        })
        .returning();
      await audit(tx, actor(ctx), 'official.created', row!.id);
      return row!;
    });
    return { official };
  },
};
