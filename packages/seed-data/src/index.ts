/**
 * @motcua/seed-data: typed, realistic seed data for Kiên Giang province (administrative units,
 * agencies, administrative procedures). Pure data, no I/O.
 */

import { agencies, type SeedAgency } from './agencies.js';
import { findContentProblems } from './content-checks.js';
import { procedures, type SeedProcedure } from './procedures.js';
import { administrativeUnits, type SeedUnit, type SeedUnitLevel } from './units.js';

export * from './agencies.js';
export * from './catalogue.js';
export * from './content-checks.js';
export * from './demo-accounts.js';
export * from './procedure-content.js';
export * from './procedure-terms.js';
export * from './procedures.js';
export * from './units.js';

export interface SeedDataSet {
  units: readonly SeedUnit[];
  agencies: readonly SeedAgency[];
  procedures: readonly SeedProcedure[];
}

/** The level a child unit's parent must have. */
const PARENT_LEVEL: Record<SeedUnitLevel, SeedUnitLevel | null> = {
  PROVINCE: null,
  DISTRICT: 'PROVINCE',
  COMMUNE: 'DISTRICT',
};

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) dup.add(value);
    seen.add(value);
  }
  return [...dup];
}

/**
 * Lists every consistency problem of a data set (empty when consistent): duplicated codes or
 * electronic IDs, unknown references (unit parent, agency unit, procedure's competent agency),
 * and references that skip a level (a commune whose parent is not a district, a district-level
 * procedure decided by an agency that does not sit at district level, ...).
 */
export function findSeedProblems(data: SeedDataSet = { units: administrativeUnits, agencies, procedures }): string[] {
  const problems: string[] = [];

  for (const code of duplicates(data.units.map((u) => u.code))) {
    problems.push(`duplicate unit code ${code}`);
  }
  for (const id of duplicates(data.agencies.map((a) => a.electronicId))) {
    problems.push(`duplicate agency electronicId ${id}`);
  }
  for (const code of duplicates(data.procedures.map((p) => p.code))) {
    problems.push(`duplicate procedure code ${code}`);
  }

  const unitByCode = new Map(data.units.map((u) => [u.code, u]));
  for (const unit of data.units) {
    const expectedParentLevel = PARENT_LEVEL[unit.level];
    if (unit.parentCode === null) {
      if (expectedParentLevel !== null) problems.push(`unit ${unit.code} has no parent`);
      continue;
    }
    const parent = unitByCode.get(unit.parentCode);
    if (!parent) {
      problems.push(`unit ${unit.code} has unknown parentCode ${unit.parentCode}`);
    } else if (parent.level !== expectedParentLevel) {
      problems.push(`unit ${unit.code} (${unit.level}) has a ${parent.level} parent`);
    }
  }

  const agencyById = new Map(data.agencies.map((a) => [a.electronicId, a]));
  for (const agency of data.agencies) {
    if (!unitByCode.has(agency.unitCode)) {
      problems.push(`agency ${agency.electronicId} has unknown unitCode ${agency.unitCode}`);
    }
  }

  for (const procedure of data.procedures) {
    const agency = agencyById.get(procedure.competentAgencyElectronicId);
    if (!agency) {
      problems.push(
        `procedure ${procedure.code} has unknown competentAgencyElectronicId ${procedure.competentAgencyElectronicId}`,
      );
      continue;
    }
    const unit = unitByCode.get(agency.unitCode);
    if (unit && unit.level !== procedure.level) {
      problems.push(
        `procedure ${procedure.code} (${procedure.level}) is decided by ${agency.electronicId} at ${unit.level} level`,
      );
    }
    if (!Number.isInteger(procedure.processingDays) || procedure.processingDays < 1) {
      problems.push(`procedure ${procedure.code} has invalid processingDays ${procedure.processingDays}`);
    }
  }

  return problems;
}

/** Throws if the seed data or the procedure content is inconsistent (findSeedProblems, findContentProblems). */
export function assertSeedConsistency(): void {
  const problems = [...findSeedProblems(), ...findContentProblems()];
  if (problems.length > 0) {
    throw new Error(`Inconsistent seed data:\n- ${problems.join('\n- ')}`);
  }
}
