/**
 * Every deadline figure the API shows, derived by the engine (@motcua/working-days) from the
 * dossier's ledger, its bound procedure version and the calendar, at `now`. Nothing derived is
 * stored, so a calendar change or a late event can never leave a stale due date behind.
 */
import {
  computeClock,
  computeSteps,
  type ClockFigures,
  type Duration,
  type StepFigures,
  type WorkingCalendar,
} from '@motcua/working-days';
import { clockEventsOf, pausesOf, stepProgress, stepSpansOf, type LedgerEvent, type StepProgress } from './ledger.js';
import { processFor } from './process.js';
import { processingTimeFor, type ProcessStepTerms, type VersionTermsCopy } from './procedure-terms.js';
import { ruleSetTerms, type RuleSet } from './rule-sets.js';

export interface StepView {
  index: number;
  terms: ProcessStepTerms;
  interAgency: boolean;
  state: 'WAITING' | 'ACTIVE' | 'DONE';
  progress: StepProgress;
  figures: StepFigures | null;
}

export interface DossierFigures {
  processingTime: Duration;
  clock: ClockFigures;
  steps: StepView[];
}

export function dossierFigures(input: {
  calendar: WorkingCalendar;
  terms: VersionTermsCopy;
  channel: string;
  ruleSet: RuleSet | null;
  receivingAgencyId: string;
  competentAgencyId: string;
  currentStep: number | null;
  events: readonly LedgerEvent[];
  now: Date;
}): DossierFigures {
  const processingTime = processingTimeFor(input.terms, input.channel);
  const rules = ruleSetTerms(input.ruleSet ?? 'ND118_TT03_2025');
  const clock = computeClock(input.calendar, processingTime, clockEventsOf(input.events, rules), input.now);
  const process = processFor(input.terms, input.receivingAgencyId);
  const progress = stepProgress(input.events, process.length);
  const figures = computeSteps(input.calendar, stepSpansOf(progress, process), pausesOf(input.events), input.now);
  const figuresByKey = new Map(figures.map((step) => [step.key, step]));
  const steps = process.map((terms, index): StepView => {
    const stepProgressRow = progress[index]!;
    const state =
      index === input.currentStep && stepProgressRow.finishedAt === null
        ? 'ACTIVE'
        : stepProgressRow.finishedAt !== null
          ? 'DONE'
          : 'WAITING';
    return {
      index,
      terms,
      // The receiving one-stop is part of every process; only another agency than the competent
      // one makes an inter-agency leg with its own clock.
      interAgency: terms.role !== 'RECEPTION_OFFICER' && terms.agencyId !== input.competentAgencyId,
      state,
      progress: stepProgressRow,
      figures: figuresByKey.get(String(index)) ?? null,
    };
  });
  return { processingTime, clock, steps };
}
