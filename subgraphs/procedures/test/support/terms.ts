/** A valid version's terms to start tests from: each test breaks one thing. */
import type { VersionTerms } from '../../src/domain/terms.js';
import { SO_TU_PHAP } from './callers.js';

export { SO_TU_PHAP };

export function validTerms(overrides: Partial<VersionTerms> = {}): VersionTerms {
  return {
    steps: ['Nộp hồ sơ tại Trung tâm Phục vụ hành chính công', 'Nhận kết quả'],
    channels: [
      {
        channel: 'IN_PERSON',
        processingTime: null,
        fees: [{ description: 'Lệ phí cấp phiếu', amountVnd: 200_000, legalText: 'Thông tư 244/2016/TT-BTC' }],
      },
      { channel: 'ONLINE', processingTime: null, fees: [] },
    ],
    onlineLevel: 'FULL',
    processingTime: { value: 10, unit: 'WORKING_DAY' },
    documents: [
      {
        name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
        originals: 1,
        copies: 0,
        formTemplate: 'Mau-01.docx',
        fromNationalDatabase: false,
      },
      { name: 'Căn cước công dân', originals: 0, copies: 1, formTemplate: null, fromNationalDatabase: true },
    ],
    conditions: null,
    result: { name: 'Phiếu lý lịch tư pháp', validity: null },
    legalBases: [{ number: '28/2009/QH12', issuedOn: '2009-06-17', issuer: 'Quốc hội', title: 'Luật Lý lịch tư pháp' }],
    internalProcess: [
      {
        name: 'Tiếp nhận',
        role: 'RECEPTION_OFFICER',
        agencyId: SO_TU_PHAP,
        duration: { value: 0.5, unit: 'WORKING_DAY' },
      },
      { name: 'Thẩm định', role: 'SPECIALIST', agencyId: SO_TU_PHAP, duration: { value: 8, unit: 'WORKING_DAY' } },
      { name: 'Phê duyệt', role: 'APPROVER', agencyId: SO_TU_PHAP, duration: { value: 1, unit: 'WORKING_DAY' } },
      {
        name: 'Trả kết quả',
        role: 'RECEPTION_OFFICER',
        agencyId: SO_TU_PHAP,
        duration: { value: 0.5, unit: 'WORKING_DAY' },
      },
    ],
    ...overrides,
  };
}

/** A procedure as createProcedure and the import take it, every internal step at `agencyId`. */
export function procedureInput(code: string, name: string, terms = validTerms(), agencyId = SO_TU_PHAP) {
  return {
    code,
    name,
    field: 'Thử nghiệm',
    level: 'PROVINCE',
    applicantTypes: ['CITIZEN'],
    competentAgencyId: agencyId,
    terms: { ...terms, internalProcess: terms.internalProcess.map((step) => ({ ...step, agencyId })) },
  };
}

/** validTerms() with the counter fee halved, and how "what changed" reports it. */
export const FEE_CUT = {
  channels: [
    {
      channel: 'IN_PERSON',
      processingTime: null,
      fees: [{ description: 'Lệ phí cấp phiếu', amountVnd: 100_000, legalText: 'Thông tư 244/2016/TT-BTC' }],
    },
    { channel: 'ONLINE', processingTime: null, fees: [] },
  ] satisfies VersionTerms['channels'],
  change: {
    section: 'FEES' as const,
    kind: 'CHANGED' as const,
    item: 'IN_PERSON: Lệ phí cấp phiếu',
    attribute: 'amountVnd',
    before: '200000',
    after: '100000',
  },
};
