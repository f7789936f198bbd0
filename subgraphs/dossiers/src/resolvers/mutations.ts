/** Mutations: parse the input, name the actor, hand over to the transitions; each answers with the dossier. */
import { badInput, type Db, type Resolvers, type SubgraphContext } from '@motcua/subgraph-kit';
import type { DossierRow } from '../store/queries.js';
import {
  decideWithdrawal,
  resolveDossier,
  returnResult,
  requestWithdrawal,
  stopDossier,
} from '../transitions/closing.js';
import { saveOnlineDraft, submitOnlineDossier } from '../transitions/online.js';
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
import { decideReception, receiveAtCounter } from '../transitions/reception.js';
import { actorOf, type Actor } from '../transitions/run.js';

/** A transition as its service function: who acts is the caller, now is the request's moment. */
type Transition<T> = (db: Db, input: T, actor: Actor, now: Date) => Promise<DossierRow>;

/** Wraps a transition as a resolver of `{ input }` answering the `{ dossier }` payload. */
function transition<T>(run: Transition<T>) {
  return async (_parent: unknown, { input }: { input: T }, ctx: SubgraphContext) => ({
    dossier: await run(ctx.db, input, actorOf(ctx.principal), new Date()),
  });
}

function parseInstant(value: string, field: string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw badInput('Not a date and time (ISO 8601).', field);
  return instant;
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    receiveAtCounter: transition(receiveAtCounter),
    decideReception: transition(decideReception),
    saveOnlineDraft: transition(saveOnlineDraft),
    submitOnlineDossier: async (_parent: unknown, { dossierId }: { dossierId: string }, ctx: SubgraphContext) => ({
      dossier: await submitOnlineDossier(ctx.db, dossierId, actorOf(ctx.principal), new Date()),
    }),
    answerSupplement: transition(answerSupplement),
    forwardDossier: transition(forwardDossier),
    sendBackDossier: transition(sendBackDossier),
    assignHandler: transition(assignHandler),
    requestSupplement: transition(requestSupplement),
    requestPayment: transition(requestPayment),
    confirmPayment: transition(confirmPayment),
    apologise: transition<{ dossierId: string; reason: string; newDueAt: string }>((db, input, actor, now) =>
      apologise(db, { ...input, newDueAt: parseInstant(input.newDueAt, 'newDueAt') }, actor, now),
    ),
    resolveDossier: transition(resolveDossier),
    returnResult: transition(returnResult),
    requestWithdrawal: transition(requestWithdrawal),
    decideWithdrawal: transition(decideWithdrawal),
    stopDossier: transition(stopDossier),
  },
};
