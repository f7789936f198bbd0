/**
 * Consistency of the procedure content and the catalogue: internal processes that add up to the
 * legal time, documents and fees that can be published, steps at known agencies, processingDays
 * that agree with the terms, catalogue entries at known sections, later versions that still hold.
 * The same rules the procedures subgraph applies when a version is published, checked here first.
 */
import { agencies as seedAgencies, type SeedAgency } from './agencies.js';
import {
  catalogueEntries as seedCatalogueEntries,
  COMMUNE_SECTION_AGENCIES,
  DISTRICT_SECTION_AGENCIES,
  laterVersions as seedLaterVersions,
  PROVINCE_PUBLICATION_DECISION,
  type SeedCatalogueEntry,
  type SeedLaterVersion,
} from './catalogue.js';
import { durationTicks } from './content/process.js';
import { HOURS_PER_WORKING_DAY, PROVINCIAL_CENTRE_ELECTRONIC_ID, procedureTerms } from './procedure-content.js';
import type { ProcedureTerms, PublicationDecision } from './procedure-terms.js';
import { procedures as seedProcedures, type SeedProcedure } from './procedures.js';
import type { SeedUnitLevel } from './units.js';

export interface SeedContentSet {
  procedures: readonly SeedProcedure[];
  agencies: readonly SeedAgency[];
  termsOf: (procedure: SeedProcedure) => ProcedureTerms;
  catalogueEntries: readonly SeedCatalogueEntry[];
  laterVersions: readonly SeedLaterVersion[];
  decision: PublicationDecision;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
const blank = (value: string) => value.trim().length === 0;

/** The level of procedures a section receives, by the electronic ID of the agency that owns it. */
const SECTION_LEVEL = new Map<string, SeedUnitLevel>([
  [PROVINCIAL_CENTRE_ELECTRONIC_ID, 'PROVINCE'],
  ...DISTRICT_SECTION_AGENCIES.map((id) => [id, 'DISTRICT'] as const),
  ...COMMUNE_SECTION_AGENCIES.map((id) => [id, 'COMMUNE'] as const),
]);

/** Problems of one version's terms, each prefixed with `label`. */
export function findTermsProblems(label: string, terms: ProcedureTerms, knownAgencies: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${label}: ${problem}`);

  if (terms.applicantTypes.length === 0) say('no applicant types');
  if (terms.steps.length === 0 || terms.steps.some(blank)) say('missing or empty citizen-facing step');
  if (blank(terms.result.name)) say('result has no name');

  const kinds = terms.channels.map((channel) => channel.channel);
  if (kinds.length === 0) say('no channels');
  if (new Set(kinds).size !== kinds.length) say('a channel is listed twice');
  const online = kinds.includes('ONLINE');
  if (terms.onlineLevel === 'INFORMATION' && online) say('information-only procedure offers online filing');
  if (terms.onlineLevel !== 'INFORMATION' && !online)
    say(`${terms.onlineLevel} online level without an ONLINE channel`);
  for (const channel of terms.channels) {
    for (const fee of channel.fees) {
      if (!Number.isInteger(fee.amountVnd) || fee.amountVnd < 0) {
        say(`fee "${fee.description}" (${channel.channel}) is ${fee.amountVnd}, not a whole non-negative VND amount`);
      }
      if (blank(fee.description)) say(`a ${channel.channel} fee has no description`);
    }
  }

  terms.documents.forEach((document, i) => {
    if (blank(document.name)) say(`document ${i + 1} has no name`);
    const counts = [document.originals, document.copies];
    if (counts.some((count) => !Number.isInteger(count) || count < 0) || document.originals + document.copies === 0) {
      say(`document "${document.name}" asks for ${document.originals} originals and ${document.copies} copies`);
    }
  });

  if (terms.legalBases.length === 0) say('no legal basis');
  for (const basis of terms.legalBases) {
    if (blank(basis.number) || blank(basis.title) || blank(basis.issuer) || !isIsoDate(basis.issuedOn)) {
      say(`legal basis "${basis.number}" is incomplete`);
    }
  }

  const legal = durationTicks(terms.processingTime);
  if (legal === null) say(`invalid processing time ${terms.processingTime.value} ${terms.processingTime.unit}`);
  if (terms.internalProcess.length === 0) say('no internal process');
  let total = 0;
  for (const step of terms.internalProcess) {
    if (blank(step.name)) say('an internal step has no name');
    if (!knownAgencies.has(step.agencyElectronicId))
      say(`step "${step.name}" is at unknown agency ${step.agencyElectronicId}`);
    const ticks = durationTicks(step.duration);
    if (step.duration.unit !== terms.processingTime.unit) {
      say(`step "${step.name}" is in ${step.duration.unit}, the processing time in ${terms.processingTime.unit}`);
    } else if (ticks === null) {
      say(`step "${step.name}" has invalid duration ${step.duration.value} ${step.duration.unit}`);
    } else {
      total += ticks;
    }
  }
  if (legal !== null && total !== legal) {
    say(`internal process adds up to ${total} ${terms.processingTime.unit} ticks, the processing time is ${legal}`);
  }
  return problems;
}

/** processingDays as the terms imply it: the value for days, hours rounded up to 8-hour days. */
export function processingDaysOf(terms: ProcedureTerms): number {
  const { value, unit } = terms.processingTime;
  return unit === 'HOUR' ? Math.ceil(value / HOURS_PER_WORKING_DAY) : value;
}

function decisionProblems(label: string, decision: PublicationDecision): string[] {
  return blank(decision.number) || blank(decision.signer) || !isIsoDate(decision.signedOn)
    ? [`${label}: incomplete publication decision`]
    : [];
}

/** Lists every problem of the procedure content and catalogue (empty when consistent). */
export function findContentProblems(
  data: SeedContentSet = {
    procedures: seedProcedures,
    agencies: seedAgencies,
    termsOf: procedureTerms,
    catalogueEntries: seedCatalogueEntries,
    laterVersions: seedLaterVersions,
    decision: PROVINCE_PUBLICATION_DECISION,
  },
): string[] {
  const problems: string[] = [...decisionProblems('province catalogue', data.decision)];
  const knownAgencies = new Set(data.agencies.map((agency) => agency.electronicId));
  const termsByCode = new Map<string, ProcedureTerms>();

  for (const procedure of data.procedures) {
    let terms: ProcedureTerms;
    try {
      terms = data.termsOf(procedure);
    } catch (error) {
      problems.push(`procedure ${procedure.code}: no terms (${(error as Error).message})`);
      continue;
    }
    termsByCode.set(procedure.code, terms);
    problems.push(...findTermsProblems(`procedure ${procedure.code}`, terms, knownAgencies));
    if (processingDaysOf(terms) !== procedure.processingDays) {
      problems.push(
        `procedure ${procedure.code} has processingDays ${procedure.processingDays} but its terms say ${terms.processingTime.value} ${terms.processingTime.unit}`,
      );
    }
  }

  const levelByCode = new Map(data.procedures.map((procedure) => [procedure.code, procedure.level]));
  const seenEntries = new Set<string>();
  for (const entry of data.catalogueEntries) {
    const sectionLevel = SECTION_LEVEL.get(entry.sectionAgencyElectronicId);
    const procedureLevel = levelByCode.get(entry.procedureCode);
    if (!sectionLevel || !knownAgencies.has(entry.sectionAgencyElectronicId)) {
      problems.push(`catalogue entry ${entry.procedureCode} names unknown section ${entry.sectionAgencyElectronicId}`);
    }
    if (!procedureLevel) {
      problems.push(
        `catalogue entry at ${entry.sectionAgencyElectronicId} names unknown procedure ${entry.procedureCode}`,
      );
    }
    if (sectionLevel && procedureLevel && sectionLevel !== procedureLevel) {
      problems.push(
        `catalogue entry ${entry.procedureCode} (${procedureLevel}) is received at a ${sectionLevel} section ${entry.sectionAgencyElectronicId}`,
      );
    }
    const key = `${entry.sectionAgencyElectronicId}/${entry.procedureCode}`;
    if (seenEntries.has(key)) problems.push(`catalogue entry ${key} is listed twice`);
    seenEntries.add(key);
  }

  const lastEffective = new Map<string, string>();
  for (const later of data.laterVersions) {
    const label = `later version of ${later.procedureCode} from ${later.effectiveFrom}`;
    const base = termsByCode.get(later.procedureCode);
    if (!base) {
      problems.push(`${label}: unknown procedure`);
      continue;
    }
    problems.push(...decisionProblems(label, later.decision));
    const previous = lastEffective.get(later.procedureCode) ?? data.decision.signedOn;
    if (
      !isIsoDate(later.effectiveFrom) ||
      later.effectiveFrom <= previous ||
      later.effectiveFrom < later.decision.signedOn
    ) {
      problems.push(`${label}: must take effect after ${previous} and not before its decision`);
    }
    lastEffective.set(later.procedureCode, later.effectiveFrom);
    const changed = later.change(base);
    termsByCode.set(later.procedureCode, changed);
    problems.push(...findTermsProblems(label, changed, knownAgencies));
  }
  return problems;
}
