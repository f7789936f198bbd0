/** Mutations: parse the input, name the actor, hand over to the transitions; each answers with the dossier. */
import { badInput, type Resolvers, type SubgraphContext } from '@motcua/subgraph-kit';
import type { DossierRow } from '../store/queries.js';
import {
  decideWithdrawal,
  resolveDossier,
  returnResult,
  requestWithdrawal,
  stopDossier,
} from '../transitions/closing.js';
import { saveOnlineDraft, submitOnlineDossier, type OnlineDraftInput } from '../transitions/online.js';
import {
  answerSupplement,
  apologise,
  assignHandler,
  confirmPayment,
  forwardDossier,
  requestPayment,
  requestSupplement,
  sendBackDossier,
} from '../transitions/processing.js';
import {
  decideReception,
  receiveAtCounter,
  type CounterReceptionInput,
  type DecisionInput,
} from '../transitions/reception.js';
import { actorOf } from '../transitions/run.js';

type Input<T> = { input: T };

/** Wraps a transition as a resolver: who asks, now, and the `{ dossier }` payload. */
function transition<T>(run: (ctx: SubgraphContext, input: T, now: Date) => Promise<DossierRow>) {
  return async (_parent: unknown, { input }: Input<T>, ctx: SubgraphContext) => ({
    dossier: await run(ctx, input, new Date()),
  });
}

const actor = (ctx: SubgraphContext) => actorOf(ctx.principal);

function parseInstant(value: string, field: string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw badInput('Not a date and time (ISO 8601).', field);
  return instant;
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    receiveAtCounter: transition<CounterReceptionInput>((ctx, input, now) =>
      receiveAtCounter(ctx.db, input, actor(ctx), now),
    ),
    decideReception: transition<DecisionInput & { dossierId: string }>((ctx, input, now) =>
      decideReception(ctx.db, input, actor(ctx), now),
    ),
    saveOnlineDraft: transition<OnlineDraftInput>((ctx, input, now) => saveOnlineDraft(ctx.db, input, actor(ctx), now)),
    submitOnlineDossier: async (_parent: unknown, { dossierId }: { dossierId: string }, ctx: SubgraphContext) => ({
      dossier: await submitOnlineDossier(ctx.db, dossierId, actor(ctx), new Date()),
    }),
    answerSupplement: transition<{ dossierId: string; note: string }>((ctx, input, now) =>
      answerSupplement(ctx.db, input, actor(ctx), now),
    ),
    forwardDossier: transition<Parameters<typeof forwardDossier>[1]>((ctx, input, now) =>
      forwardDossier(ctx.db, input, actor(ctx), now),
    ),
    sendBackDossier: transition<Parameters<typeof sendBackDossier>[1]>((ctx, input, now) =>
      sendBackDossier(ctx.db, input, actor(ctx), now),
    ),
    assignHandler: transition<Parameters<typeof assignHandler>[1]>((ctx, input, now) =>
      assignHandler(ctx.db, input, actor(ctx), now),
    ),
    requestSupplement: transition<Parameters<typeof requestSupplement>[1]>((ctx, input, now) =>
      requestSupplement(ctx.db, input, actor(ctx), now),
    ),
    requestPayment: transition<Parameters<typeof requestPayment>[1]>((ctx, input, now) =>
      requestPayment(ctx.db, input, actor(ctx), now),
    ),
    confirmPayment: transition<Parameters<typeof confirmPayment>[1]>((ctx, input, now) =>
      confirmPayment(ctx.db, input, actor(ctx), now),
    ),
    apologise: transition<{ dossierId: string; reason: string; newDueAt: string }>((ctx, input, now) =>
      apologise(ctx.db, { ...input, newDueAt: parseInstant(input.newDueAt, 'newDueAt') }, actor(ctx), now),
    ),
    resolveDossier: transition<Parameters<typeof resolveDossier>[1]>((ctx, input, now) =>
      resolveDossier(ctx.db, input, actor(ctx), now),
    ),
    returnResult: transition<Parameters<typeof returnResult>[1]>((ctx, input, now) =>
      returnResult(ctx.db, input, actor(ctx), now),
    ),
    requestWithdrawal: transition<Parameters<typeof requestWithdrawal>[1]>((ctx, input, now) =>
      requestWithdrawal(ctx.db, input, actor(ctx), now),
    ),
    decideWithdrawal: transition<Parameters<typeof decideWithdrawal>[1]>((ctx, input, now) =>
      decideWithdrawal(ctx.db, input, actor(ctx), now),
    ),
    stopDossier: transition<Parameters<typeof stopDossier>[1]>((ctx, input, now) =>
      stopDossier(ctx.db, input, actor(ctx), now),
    ),
  },
};
