/** Fields of Dossier and DossierTracking: read from the row, the ledger and the engine's figures. */
import type { Resolvers, SubgraphContext } from '@motcua/subgraph-kit';
import { allowedActions } from '../domain/actions.js';
import type { DossierFigures, StepView } from '../domain/figures.js';
import { apologiesOf, paymentsOf, supplementRequestsOf, type ApologyView } from '../domain/ledger.js';
import { nationalStatusCode } from '../domain/status.js';
import type { DossierRow } from '../store/queries.js';
import { agencyName, eventsOf, figuresOf, positionFor, versionOf } from './dossier-view.js';

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

function deadline(figures: DossierFigures) {
  const { clock } = figures;
  return {
    processingTime: figures.processingTime,
    state: clock.state,
    startedAt: iso(clock.startedAt),
    dueAt: iso(clock.dueAt),
    originalDueAt: iso(clock.originalDueAt),
    remainingWorkingMinutes: Math.round(clock.remainingWorkingMinutes),
    pausedWorkingMinutes: Math.round(clock.pausedWorkingMinutes),
    extensions: clock.extensions,
    timeliness: clock.timeliness,
    dueSoon: clock.dueSoon,
  };
}

async function step(ctx: SubgraphContext, view: StepView) {
  return {
    index: view.index,
    name: view.terms.name,
    role: view.terms.role,
    agency: { __typename: 'Agency', id: view.terms.agencyId },
    agencyName: await agencyName(ctx, view.terms.agencyId),
    interAgency: view.interAgency,
    budget: view.terms.duration,
    state: view.state,
    handlerName: view.progress.handlerName,
    handlerId: view.progress.handlerId,
    startedAt: iso(view.progress.startedAt),
    dueAt: iso(view.figures?.dueAt),
    finishedAt: iso(view.progress.finishedAt),
    timeliness: view.figures?.timeliness ?? null,
  };
}

const steps = async (ctx: SubgraphContext, row: DossierRow) =>
  Promise.all((await figuresOf(ctx, row)).steps.map((view) => step(ctx, view)));

async function apology(ctx: SubgraphContext, view: ApologyView) {
  return {
    ...view,
    previousDueAt: iso(view.previousDueAt),
    newDueAt: iso(view.newDueAt),
    issuedAt: iso(view.issuedAt),
    delayingAgency: { __typename: 'Agency', id: view.delayingAgencyId },
    delayingAgencyName: await agencyName(ctx, view.delayingAgencyId),
  };
}

const apologies = async (ctx: SubgraphContext, row: DossierRow) =>
  Promise.all(apologiesOf(await eventsOf(ctx, row.id)).map((view) => apology(ctx, view)));

const supplementRequests = async (ctx: SubgraphContext, row: DossierRow) =>
  supplementRequestsOf(await eventsOf(ctx, row.id)).map((request) => ({
    ...request,
    requestedAt: iso(request.requestedAt),
    answeredAt: iso(request.answeredAt),
  }));

const shared = {
  nationalStatusCode: (row: DossierRow) => nationalStatusCode(row.status),
  procedureName: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) => (await versionOf(ctx, row)).name,
  receivingAgencyName: (row: DossierRow, _args: unknown, ctx: SubgraphContext) =>
    agencyName(ctx, row.receivingAgencyId),
  receivedAt: (row: DossierRow) => iso(row.receivedAt),
  returnedAt: (row: DossierRow) => iso(row.returnedAt),
  deadline: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) => deadline(await figuresOf(ctx, row)),
  apologies: (row: DossierRow, _args: unknown, ctx: SubgraphContext) => apologies(ctx, row),
  result: (row: DossierRow) => row.result,
};

export const dossierFieldResolvers: Resolvers = {
  Dossier: {
    ...shared,
    applicantName: (row: DossierRow) => row.applicant.name,
    procedure: (row: DossierRow) => ({ __typename: 'Procedure', id: row.procedureId }),
    procedureCode: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) => (await versionOf(ctx, row)).code,
    procedureVersionNumber: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) =>
      (await versionOf(ctx, row)).versionNumber,
    receivingAgency: (row: DossierRow) => ({ __typename: 'Agency', id: row.receivingAgencyId }),
    competentAgency: (row: DossierRow) => ({ __typename: 'Agency', id: row.competentAgencyId }),
    documents: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) => {
      const required = (await versionOf(ctx, row)).terms.documents;
      return row.documents.map((check) => ({ ...check, ...required[check.index]!, provided: check.provided }));
    },
    submittedAt: (row: DossierRow) => iso(row.submittedAt),
    steps: (row: DossierRow, _args: unknown, ctx: SubgraphContext) => steps(ctx, row),
    currentStep: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) =>
      row.currentStep === null ? null : ((await steps(ctx, row))[row.currentStep] ?? null),
    supplementRequests: (row: DossierRow, _args: unknown, ctx: SubgraphContext) => supplementRequests(ctx, row),
    payments: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) =>
      paymentsOf(await eventsOf(ctx, row.id)).map((payment) => ({
        ...payment,
        requestedAt: iso(payment.requestedAt),
        paidAt: iso(payment.paidAt),
      })),
    timeline: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) =>
      (await eventsOf(ctx, row.id)).map((event) => ({ ...event, id: String(event.id), at: iso(event.at) })),
    allowedActions: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) =>
      allowedActions(ctx.principal, await positionFor(ctx, row)),
  },
  DossierTracking: {
    ...shared,
    steps: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) =>
      (await steps(ctx, row)).map(({ name, agencyName, state, dueAt, finishedAt, timeliness }) => ({
        name,
        agencyName,
        state,
        dueAt,
        finishedAt,
        timeliness,
      })),
    openSupplementRequest: async (row: DossierRow, _args: unknown, ctx: SubgraphContext) =>
      (await supplementRequests(ctx, row)).find((request) => request.answeredAt === null) ?? null,
  },
};
