/**
 * The published content of every seeded procedure (ProcedureTerms): its field's template
 * (./content/families.ts) refined by the procedure's own overrides (./content/overrides.ts),
 * with the internal process timed to add up exactly to the legal processing time.
 * Pure functions of the seed data, no I/O.
 */
import { agencies, type SeedAgency } from './agencies.js';
import { familyOf, type FamilyContext } from './content/families.js';
import { OVERRIDES } from './content/overrides.js';
import { standardProcess } from './content/process.js';
import type { ChannelTerms, Duration, ProcedureTerms, SubmissionChannel } from './procedure-terms.js';
import type { SeedProcedure } from './procedures.js';

/** The provincial Public Administration Service Centre receives every province-level procedure. */
export const PROVINCIAL_CENTRE_ELECTRONIC_ID = '000.00.01.H37';
/** Same-day procedures ("ngay trong ngày") are timed in working hours: one working day is 8 of them. */
export const HOURS_PER_WORKING_DAY = 8;

const agencyById = new Map(agencies.map((agency) => [agency.electronicId, agency]));

function competentAgencyOf(procedure: SeedProcedure): SeedAgency {
  const agency = agencyById.get(procedure.competentAgencyElectronicId);
  if (!agency) throw new Error(`procedure ${procedure.code}: unknown agency ${procedure.competentAgencyElectronicId}`);
  return agency;
}

/** Where the one-stop receives the procedure: the Centre for the province, else the deciding PC's section. */
export function receivingAgencyOf(procedure: SeedProcedure): string {
  return procedure.level === 'PROVINCE' ? PROVINCIAL_CENTRE_ELECTRONIC_ID : procedure.competentAgencyElectronicId;
}

function processingTimeOf(procedure: SeedProcedure): Duration {
  const unit = OVERRIDES[procedure.code]?.unit ?? 'WORKING_DAY';
  return unit === 'HOUR'
    ? { value: procedure.processingDays * HOURS_PER_WORKING_DAY, unit }
    : { value: procedure.processingDays, unit };
}

function placeOf(procedure: SeedProcedure, competent: SeedAgency): string {
  if (procedure.level === 'PROVINCE') {
    return 'Trung tâm Phục vụ hành chính công tỉnh Kiên Giang (số 1088 Nguyễn Trung Trực, phường An Bình, thành phố Rạch Giá)';
  }
  return `Bộ phận Một cửa ${competent.name}`;
}

function defaultApproval(competent: SeedAgency): string {
  if (competent.kind === 'PEOPLES_COMMITTEE') return `Chủ tịch (Phó Chủ tịch) ${competent.shortName} ký duyệt kết quả`;
  return `Lãnh đạo ${competent.shortName} phê duyệt, ký kết quả`;
}

function citizenSteps(
  procedure: SeedProcedure,
  competent: SeedAgency,
  office: string,
  channels: SubmissionChannel[],
  time: Duration,
  otherAgencies: string[],
): string[] {
  const ways = [`trực tiếp tại ${placeOf(procedure, competent)}`];
  if (channels.includes('POSTAL')) ways.push('qua dịch vụ bưu chính công ích');
  if (channels.includes('ONLINE')) ways.push('trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)');
  const filing = channels.includes('IN_PERSON')
    ? ways.join(', ').replace(/, ([^,]*)$/, ' hoặc $1')
    : 'trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)';
  const sameDay = time.unit === 'HOUR' ? '; hồ sơ nhận trước 15 giờ được trả kết quả ngay trong ngày' : '';
  const chain =
    otherAgencies.length > 0 ? `; hồ sơ được chuyển liên thông đến ${otherAgencies.join(', ')} theo quy trình` : '';
  return [
    `Bước 1: Người yêu cầu chuẩn bị hồ sơ đầy đủ theo quy định và nộp ${filing}.`,
    `Bước 2: Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ: hồ sơ đầy đủ thì lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả${sameDay}; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng Phiếu yêu cầu bổ sung; không đủ điều kiện thì lập Phiếu từ chối tiếp nhận giải quyết hồ sơ.`,
    `Bước 3: ${office} (${competent.shortName}) thẩm định hồ sơ, trình cấp có thẩm quyền quyết định${chain}.`,
    'Bước 4: Người yêu cầu nộp phí, lệ phí (nếu có) và nhận kết quả tại nơi nộp hồ sơ, qua dịch vụ bưu chính công ích hoặc bản điện tử trên Cổng Dịch vụ công quốc gia.',
  ];
}

/** The full content of a seeded procedure's first published version. */
export function procedureTerms(procedure: SeedProcedure): ProcedureTerms {
  const competent = competentAgencyOf(procedure);
  const family = familyOf(procedure.field);
  const override = OVERRIDES[procedure.code] ?? {};
  const isCity =
    procedure.level === 'PROVINCE' ||
    (procedure.level === 'DISTRICT' ? competent.name.includes('thành phố') : /phường|thị trấn/.test(competent.name));
  const ctx: FamilyContext = { procedure, competent, isCity };

  const onlineLevel = override.onlineLevel ?? family.onlineLevel;
  const fees = override.fees ?? family.fees(ctx);
  const onlineFees = override.onlineFees ?? family.onlineFees?.(ctx) ?? fees;
  const channelKinds: SubmissionChannel[] = [
    'IN_PERSON',
    ...(override.noPostal ? [] : (['POSTAL'] as const)),
    ...(onlineLevel === 'INFORMATION' ? [] : (['ONLINE'] as const)),
  ];
  const channels: ChannelTerms[] = channelKinds.map((channel) => ({
    channel,
    processingTime: null,
    fees: channel === 'ONLINE' ? onlineFees : fees,
  }));

  const processingTime = processingTimeOf(procedure);
  const office = family.office(ctx);
  const processContext = {
    receivingAgency: receivingAgencyOf(procedure),
    competentAgency: procedure.competentAgencyElectronicId,
  };
  const internalProcess = standardProcess(processingTime, {
    ...processContext,
    appraisal: override.appraisal ?? `${office} thẩm định hồ sơ, dự thảo kết quả`,
    approval: override.approval ?? defaultApproval(competent),
    beforeApproval: override.beforeApproval?.(processContext),
    afterApproval: override.afterApproval?.(processContext),
  });
  const otherAgencies = [
    ...new Set(
      internalProcess
        .map((step) => step.agencyElectronicId)
        .filter((id) => id !== processContext.receivingAgency && id !== processContext.competentAgency)
        .map((id) => agencyById.get(id)?.name ?? id),
    ),
  ];

  return {
    applicantTypes: override.applicantTypes ?? family.applicantTypes,
    steps: citizenSteps(procedure, competent, office, channelKinds, processingTime, otherAgencies),
    channels,
    onlineLevel,
    processingTime,
    documents: override.documents ?? family.documents(ctx),
    conditions: override.conditions === undefined ? family.conditions : override.conditions,
    result: override.result ?? family.result(ctx),
    legalBases: override.legalBases ?? family.legalBases,
    internalProcess,
  };
}
