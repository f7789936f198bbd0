/**
 * A large catalogue for the search benchmark: the seeded procedures, each repeated for other places
 * and cases ("… (trường hợp 12, Phú Quốc)"), with the seed's terms, in the exchange format of
 * docs/catalogue-format.md, so the bench loads it the way a province would.
 */
import { administrativeUnits, procedureTerms, procedures } from '@motcua/seed-data';
import { stableId } from '@motcua/subgraph-kit';

const agencyId = (electronicId: string) => stableId('agency', electronicId);

export function generatedCatalogue(count: number, startAt = 0): string {
  const places = administrativeUnits.map((unit) => unit.name);
  const generated = Array.from({ length: count }, (_, n) => {
    const i = startAt + n;
    const base = procedures[i % procedures.length]!;
    const { applicantTypes, internalProcess, ...terms } = procedureTerms(base);
    return {
      code: `8.${String(i).padStart(6, '0')}`,
      name: `${base.name} (trường hợp ${Math.floor(i / procedures.length) + 1}, ${places[i % places.length]})`,
      field: base.field,
      level: base.level,
      applicantTypes,
      competentAgencyId: agencyId(base.competentAgencyElectronicId),
      terms: {
        ...terms,
        internalProcess: internalProcess.map(({ agencyElectronicId, ...step }) => ({
          ...step,
          agencyId: agencyId(agencyElectronicId),
        })),
      },
    };
  });
  return JSON.stringify({ format: 'motcua-catalogue', formatVersion: 1, procedures: generated });
}
