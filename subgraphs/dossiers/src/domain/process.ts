/**
 * The internal process a dossier follows, from its bound version. Reception and return steps are
 * written for "the one-stop"; they are done by whichever section actually received the dossier.
 */
import type { ProcessStepTerms, VersionTermsCopy } from './procedure-terms.js';

export function processFor(terms: VersionTermsCopy, receivingAgencyId: string): ProcessStepTerms[] {
  return terms.internalProcess.map((step) =>
    step.role === 'RECEPTION_OFFICER' ? { ...step, agencyId: receivingAgencyId } : step,
  );
}

/** Where an online dossier is received: the one-stop of the process's first step, else the competent agency's. */
export function onlineReceivingAgency(terms: VersionTermsCopy, competentAgencyId: string): string {
  const first = terms.internalProcess[0];
  return first?.role === 'RECEPTION_OFFICER' ? first.agencyId : competentAgencyId;
}

/** Agencies whose staff take part, and may therefore see the dossier. */
export function involvedAgencies(
  process: readonly ProcessStepTerms[],
  receivingAgencyId: string,
  competentAgencyId: string,
): string[] {
  return [...new Set([receivingAgencyId, competentAgencyId, ...process.map((step) => step.agencyId)])];
}
