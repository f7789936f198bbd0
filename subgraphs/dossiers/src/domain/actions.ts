/**
 * The state machine of DOMAIN.md §1.3 as a table of actions: in which states each one is allowed,
 * and who may take it. Roles are granted within an agency (a specialist of one department acts on
 * its steps only), so "who" is a role in the agency of the current step, the receiving one-stop or
 * the competent agency. Pure: the resolvers ask `allowedActions` and the transitions check it.
 */
import { hasRole, type Principal, type Role } from '@motcua/subgraph-kit';
import type { ProcessStepTerms } from './procedure-terms.js';
import type { DossierStatus } from './status.js';

export const DOSSIER_ACTIONS = [
  'RECEIVE',
  'REQUEST_RECEPTION_SUPPLEMENT',
  'REFUSE',
  'FORWARD',
  'SEND_BACK',
  'ASSIGN_HANDLER',
  'REQUEST_SUPPLEMENT',
  'RECORD_SUPPLEMENT',
  'REQUEST_PAYMENT',
  'CONFIRM_PAYMENT',
  'APOLOGISE',
  'RESOLVE',
  'RETURN_RESULT',
  'REQUEST_WITHDRAWAL',
  'DECIDE_WITHDRAWAL',
  'STOP',
] as const;

export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** What the rules need to know about a dossier. */
export interface DossierPosition {
  status: DossierStatus;
  receivingAgencyId: string;
  competentAgencyId: string;
  ownerAccountId: string | null;
  currentStep: number | null;
  currentHandlerId: string | null;
  process: readonly ProcessStepTerms[];
  apologies: number;
  maxApologies: number;
}

const OPEN_PROCESSING: DossierStatus[] = ['RECEIVED', 'IN_PROCESS'];
const BEFORE_RECEPTION: DossierStatus[] = ['SUBMITTED', 'AWAITING_RECEPTION_SUPPLEMENT'];
const WITHDRAWABLE: DossierStatus[] = ['RECEIVED', 'IN_PROCESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT'];

function currentStepOf(position: DossierPosition): ProcessStepTerms | null {
  return position.currentStep === null ? null : (position.process[position.currentStep] ?? null);
}

/** The steps after `index` only hand the result back at the one-stop. */
export function onlyReturnStepsAfter(process: readonly ProcessStepTerms[], index: number): boolean {
  return process.slice(index + 1).every((step) => step.role === 'RECEPTION_OFFICER');
}

/** The step the result is handed back at, when the process ends with one. */
export function returnStepAfter(process: readonly ProcessStepTerms[], index: number): number | null {
  const next = index + 1;
  return next < process.length && process[next]!.role === 'RECEPTION_OFFICER' ? next : null;
}

/** Holds the current step's role in its agency, and is its handler when a leader assigned one. */
function actsOnCurrentStep(principal: Principal, position: DossierPosition): boolean {
  const step = currentStepOf(position);
  if (!step || !hasRole(principal, step.role as Role, step.agencyId)) return false;
  if (position.currentHandlerId === null || principal.kind !== 'staff') return true;
  return position.currentHandlerId === principal.subject || hasRole(principal, 'APPROVER', step.agencyId);
}

const isReceptionOfficer = (principal: Principal, position: DossierPosition) =>
  hasRole(principal, 'RECEPTION_OFFICER', position.receivingAgencyId);
const leadsCurrentAgency = (principal: Principal, position: DossierPosition) => {
  const step = currentStepOf(position);
  return step !== null && hasRole(principal, 'APPROVER', step.agencyId);
};
const leadsCompetentAgency = (principal: Principal, position: DossierPosition) =>
  hasRole(principal, 'APPROVER', position.competentAgencyId);
const isOwner = (principal: Principal, position: DossierPosition) =>
  principal.kind === 'citizen' && position.ownerAccountId === principal.subject;

type Rule = (principal: Principal, position: DossierPosition) => boolean;

const RULES: Record<DossierAction, Rule> = {
  RECEIVE: (p, d) => BEFORE_RECEPTION.includes(d.status) && isReceptionOfficer(p, d),
  REQUEST_RECEPTION_SUPPLEMENT: (p, d) => d.status === 'SUBMITTED' && isReceptionOfficer(p, d),
  REFUSE: (p, d) => BEFORE_RECEPTION.includes(d.status) && isReceptionOfficer(p, d),
  FORWARD: (p, d) =>
    OPEN_PROCESSING.includes(d.status) &&
    d.currentStep !== null &&
    !onlyReturnStepsAfter(d.process, d.currentStep) &&
    actsOnCurrentStep(p, d),
  SEND_BACK: (p, d) =>
    d.status === 'IN_PROCESS' && d.currentStep !== null && d.currentStep > 0 && actsOnCurrentStep(p, d),
  ASSIGN_HANDLER: (p, d) => OPEN_PROCESSING.includes(d.status) && leadsCurrentAgency(p, d),
  REQUEST_SUPPLEMENT: (p, d) =>
    d.status === 'IN_PROCESS' && currentStepOf(d)?.role !== 'RECEPTION_OFFICER' && actsOnCurrentStep(p, d),
  RECORD_SUPPLEMENT: (p, d) =>
    (d.status === 'SUPPLEMENT_REQUESTED' || d.status === 'AWAITING_RECEPTION_SUPPLEMENT') &&
    (isReceptionOfficer(p, d) || isOwner(p, d)),
  REQUEST_PAYMENT: (p, d) => d.status === 'IN_PROCESS' && actsOnCurrentStep(p, d),
  CONFIRM_PAYMENT: (p, d) => d.status === 'AWAITING_PAYMENT' && (isReceptionOfficer(p, d) || actsOnCurrentStep(p, d)),
  APOLOGISE: (p, d) =>
    ['RECEIVED', 'IN_PROCESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT'].includes(d.status) &&
    d.apologies < d.maxApologies &&
    leadsCurrentAgency(p, d),
  RESOLVE: (p, d) =>
    d.status === 'IN_PROCESS' &&
    d.currentStep !== null &&
    currentStepOf(d)?.role !== 'RECEPTION_OFFICER' &&
    onlyReturnStepsAfter(d.process, d.currentStep) &&
    actsOnCurrentStep(p, d),
  RETURN_RESULT: (p, d) => d.status === 'RESOLVED' && isReceptionOfficer(p, d),
  REQUEST_WITHDRAWAL: (p, d) => WITHDRAWABLE.includes(d.status) && (isOwner(p, d) || isReceptionOfficer(p, d)),
  DECIDE_WITHDRAWAL: (p, d) => d.status === 'WITHDRAWAL_REQUESTED' && leadsCompetentAgency(p, d),
  STOP: (p, d) => WITHDRAWABLE.includes(d.status) && leadsCompetentAgency(p, d),
};

export function allowedActions(principal: Principal, position: DossierPosition): DossierAction[] {
  return DOSSIER_ACTIONS.filter((action) => RULES[action](principal, position));
}

export function mayTake(principal: Principal, position: DossierPosition, action: DossierAction): boolean {
  return RULES[action](principal, position);
}
