/**
 * Kiên Giang's published catalogue: the Chairman's decision that publishes it, which one-stop
 * place receives which procedure (and whether it handles it fully on site: receives, appraises,
 * approves and returns, Circular 01/2018 indicator 5, DOMAIN.md §4.3), and the procedures that
 * got a second published version.
 *
 * Decision numbers and signers are illustrative (plausible, not taken from the provincial gazette).
 * The cited circulars are real; whether Thông tư 64/2025/TT-BTC cuts the business-registration
 * fee exactly as below was not checked.
 */
import { PROVINCIAL_CENTRE_ELECTRONIC_ID, procedureTerms, receivingAgencyOf } from './procedure-content.js';
import type { ProcedureTerms, PublicationDecision } from './procedure-terms.js';
import { procedures, type SeedProcedure } from './procedures.js';

export const PROVINCE_PUBLICATION_DECISION: PublicationDecision = {
  number: '512/QĐ-UBND',
  signedOn: '2025-03-14',
  signer: 'Chủ tịch UBND tỉnh Kiên Giang Nguyễn Thanh Phong',
};

/** Sections of the seeded one-stop places, by the electronic ID of the agency that owns them. */
export const DISTRICT_SECTION_AGENCIES = ['000.00.20.H37', '000.00.21.H37', '000.00.22.H37'] as const;
export const COMMUNE_SECTION_AGENCIES = ['000.01.20.H37', '000.02.20.H37', '000.01.31.H37', '000.01.22.H37'] as const;
export const SECTION_AGENCIES = [
  PROVINCIAL_CENTRE_ELECTRONIC_ID,
  ...DISTRICT_SECTION_AGENCIES,
  ...COMMUNE_SECTION_AGENCIES,
] as const;

export interface SeedCatalogueEntry {
  sectionAgencyElectronicId: string;
  procedureCode: string;
  fullyOnSite: boolean;
}

/**
 * Procedures the Centre and district sections handle fully on site (officials seconded with
 * delegated signing). Chosen so the Centre is just above 20 % (16 of 75), Rạch Giá (8 of 14) and
 * Hà Tiên (6 of 10) meet 50 %, and Kiên Lương (3 of 9) falls short, so the report shows a miss.
 * Commune sections handle everything on site.
 */
const FULLY_ON_SITE = new Set([
  // Centre: business registration with the Phòng ĐKKD desk, driving licences, diploma copies
  '2.001610',
  '2.001199',
  '2.002015',
  '2.002021',
  '2.002027',
  '2.002055',
  '2.002095',
  '2.002036',
  '2.002060',
  '2.002110',
  '1.002804',
  '1.002793',
  '1.002809',
  '1.002856',
  '2.001914',
  '1.007765',
  // Rạch Giá
  '2.000528',
  '2.000748',
  '2.000843',
  '1.001612',
  '2.000513',
  '2.000497',
  '2.002218',
  '1.005145',
  // Hà Tiên
  '2.000779',
  '2.001008',
  '2.000554',
  '2.002222',
  '1.009997',
  '1.001731',
  // Kiên Lương
  '2.000942',
  '1.009998',
  '2.000522',
]);

/**
 * Province-level procedures are received at the Centre; a district- or commune-level one at the
 * section of the People's Committee that decides it (procedures decided by PCs without a seeded
 * section are not in any section's list).
 */
export const catalogueEntries: readonly SeedCatalogueEntry[] = procedures
  .map((procedure) => ({ procedure, section: receivingAgencyOf(procedure) }))
  .filter(({ section }) => (SECTION_AGENCIES as readonly string[]).includes(section))
  .map(({ procedure, section }) => ({
    sectionAgencyElectronicId: section,
    procedureCode: procedure.code,
    fullyOnSite: procedure.level === 'COMMUNE' || FULLY_ON_SITE.has(procedure.code),
  }));

export interface SeedLaterVersion {
  procedureCode: string;
  /** ISO date; after the first version's (the province decision's signing day). */
  effectiveFrom: string;
  decision: PublicationDecision;
  /** The new version's terms from the previous version's. */
  change: (terms: ProcedureTerms) => ProcedureTerms;
}

const AMENDING_DECISION: PublicationDecision = {
  number: '1387/QĐ-UBND',
  signedOn: '2025-06-20',
  signer: 'KT. Chủ tịch, Phó Chủ tịch UBND tỉnh Kiên Giang Lê Quốc Anh',
};
const FEE_DECISION: PublicationDecision = {
  number: '1552/QĐ-UBND',
  signedOn: '2025-07-08',
  signer: 'KT. Chủ tịch, Phó Chủ tịch UBND tỉnh Kiên Giang Lê Quốc Anh',
};
const ONLINE_DECISION: PublicationDecision = {
  number: '2104/QĐ-UBND',
  signedOn: '2025-10-15',
  signer: 'Chủ tịch UBND tỉnh Kiên Giang Nguyễn Thanh Phong',
};

export const laterVersions: readonly SeedLaterVersion[] = [
  {
    // Gia hạn giấy phép xây dựng (Hà Tiên): cut from 5 to 3 working days under the province's
    // plan to shorten processing times; the internal process is re-split.
    procedureCode: '1.009997',
    effectiveFrom: '2025-07-01',
    decision: AMENDING_DECISION,
    change: (terms) => {
      const [reception, appraisal, approval, handBack] = terms.internalProcess;
      if (!reception || !appraisal || !approval || !handBack) throw new Error('1.009997: unexpected process');
      const halfDays = (value: number) => ({ value, unit: 'WORKING_DAY' as const });
      return {
        ...terms,
        processingTime: halfDays(3),
        internalProcess: [
          { ...reception, duration: halfDays(0.5) },
          { ...appraisal, duration: halfDays(1.5) },
          { ...approval, duration: halfDays(0.5) },
          { ...handBack, duration: halfDays(0.5) },
        ],
      };
    },
  },
  {
    // Lý lịch tư pháp: residence is read from the national population database.
    procedureCode: '2.000488',
    effectiveFrom: '2025-07-01',
    decision: AMENDING_DECISION,
    change: (terms) => ({
      ...terms,
      documents: terms.documents.map((document) =>
        document.name.startsWith('Bản chụp Sổ hộ khẩu')
          ? {
              ...document,
              name: 'Thông tin về cư trú (khai thác từ Cơ sở dữ liệu quốc gia về dân cư, không yêu cầu nộp)',
              originals: 1,
              copies: 0,
              fromNationalDatabase: true,
            }
          : document,
      ),
    }),
  },
  {
    // Công ty TNHH một thành viên: lệ phí đăng ký doanh nghiệp halved in person.
    procedureCode: '2.001199',
    effectiveFrom: '2025-07-15',
    decision: FEE_DECISION,
    change: (terms) => ({
      ...terms,
      channels: terms.channels.map((channel) => ({
        ...channel,
        fees: channel.fees.map((fee) =>
          fee.description === 'Lệ phí đăng ký doanh nghiệp'
            ? { ...fee, amountVnd: 25_000, legalText: 'Thông tư 64/2025/TT-BTC' }
            : fee,
        ),
      })),
    }),
  },
  {
    // Giấy phép xây dựng nhà ở riêng lẻ (Rạch Giá): fully online (toàn trình).
    procedureCode: '1.009994',
    effectiveFrom: '2025-11-01',
    decision: ONLINE_DECISION,
    change: (terms) => ({ ...terms, onlineLevel: 'FULL' }),
  },
  {
    // Xác nhận tình trạng hôn nhân: fully online, and cheaper when filed online.
    procedureCode: '1.004873',
    effectiveFrom: '2025-11-01',
    decision: ONLINE_DECISION,
    change: (terms) => ({
      ...terms,
      onlineLevel: 'FULL',
      channels: terms.channels.map((channel) =>
        channel.channel === 'ONLINE'
          ? { ...channel, fees: channel.fees.map((fee) => ({ ...fee, amountVnd: Math.round(fee.amountVnd / 2) })) }
          : channel,
      ),
    }),
  },
];

/** One published version of a seeded procedure, in publication order. */
export interface SeedPublishedVersion {
  procedureCode: string;
  /** 1 for the first version, then in order. */
  number: number;
  effectiveFrom: string;
  decision: PublicationDecision;
  terms: ProcedureTerms;
}

/**
 * Every version the seed publishes, so the procedures subgraph (which publishes them) and the
 * dossiers subgraph (which binds demo dossiers to them) agree on numbers, dates and terms.
 */
export function seedPublishedVersions(procedure: SeedProcedure): SeedPublishedVersion[] {
  let terms = procedureTerms(procedure);
  const versions: SeedPublishedVersion[] = [
    {
      procedureCode: procedure.code,
      number: 1,
      effectiveFrom: PROVINCE_PUBLICATION_DECISION.signedOn,
      decision: PROVINCE_PUBLICATION_DECISION,
      terms,
    },
  ];
  for (const later of laterVersions.filter((version) => version.procedureCode === procedure.code)) {
    terms = later.change(terms);
    versions.push({
      procedureCode: procedure.code,
      number: versions.length + 1,
      effectiveFrom: later.effectiveFrom,
      decision: later.decision,
      terms,
    });
  }
  return versions;
}

/** The terms as subgraphs store them: internal-process agencies by id instead of electronic ID. */
export function termsWithAgencyIds(
  { applicantTypes: _applicants, internalProcess, ...terms }: ProcedureTerms,
  agencyIdOf: (electronicId: string) => string,
) {
  return {
    ...terms,
    internalProcess: internalProcess.map(({ agencyElectronicId, ...step }) => ({
      ...step,
      agencyId: agencyIdOf(agencyElectronicId),
    })),
  };
}
