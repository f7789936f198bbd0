/** Who calls the dossiers subgraph in these tests, and the requests they send. */
import { stableId, type Principal, type Role } from '@motcua/subgraph-kit';
import { querySubgraph } from '@motcua/subgraph-kit/testing';

export const CENTRE = stableId('agency', '000.00.01.H37');
export const SO_XAY_DUNG = stableId('agency', '000.00.09.H37');
/** Cấp chứng chỉ hành nghề hoạt động xây dựng lần đầu hạng II, hạng III: 20 working days, 4 steps, 4 documents. */
export const PRACTICE_CERTIFICATE = stableId('procedure', '1.009982');
/** Cấp giấy phép xây dựng mới …: an inter-agency step at another department. */
export const BUILDING_PERMIT = stableId('procedure', '1.009972');
/** Đăng ký thành lập doanh nghiệp tư nhân: fully online. */
export const PRIVATE_ENTERPRISE = stableId('procedure', '2.001610');

const staff = (name: string, role: Role, scopeId: string): Principal => ({
  kind: 'staff',
  subject: stableId('account', name),
  name,
  roles: [{ role, scopeId }],
  scopes: [],
});

export const callers = {
  anonymous: { kind: 'anonymous' } as Principal,
  reception: staff('Nguyễn Thị Mai', 'RECEPTION_OFFICER', CENTRE),
  specialist: staff('Lê Minh Khang', 'SPECIALIST', SO_XAY_DUNG),
  approver: staff('Phạm Quốc Thái', 'APPROVER', SO_XAY_DUNG),
  admin: staff('Quản trị', 'SYSTEM_ADMIN', stableId('agency', '000.00.00.H37')),
  citizen: {
    kind: 'citizen',
    subject: stableId('account', 'congdan.demo'),
    name: 'Trần Văn Dân',
    roles: [],
    scopes: [],
  } as Principal,
  otherCitizen: { kind: 'citizen', subject: stableId('account', 'someone.else'), roles: [], scopes: [] } as Principal,
};

export const applicant = {
  kind: 'PERSON',
  name: 'Trần Văn Dân',
  idNumber: '091234567890',
  address: 'Số 5 Trần Phú, phường Vĩnh Thanh, TP. Rạch Giá',
  phone: '0912345678',
  email: 'dan@example.vn',
};

export const allProvided = (count: number) => Array.from({ length: count }, (_, index) => ({ index, provided: true }));

export type Call = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  principal?: Principal,
) => Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;

export function caller(handle: { subgraph: { url: string }; secret: string }): Call {
  return async (query, variables = {}, principal = callers.anonymous) =>
    (await querySubgraph(handle.subgraph.url, handle.secret, query, variables, principal)).body as never;
}

export const DOSSIER_FIELDS = `
  id code status nationalStatusCode channel ruleSet procedureName procedureCode receivingAgencyName
  applicant { name idNumber }
  documents { index name provided }
  deadline { state dueAt originalDueAt remainingWorkingMinutes pausedWorkingMinutes extensions timeliness dueSoon processingTime { value unit } }
  steps { index name role agencyName interAgency state startedAt dueAt finishedAt timeliness handlerName }
  currentStep { index role }
  supplementRequests { stage items { name reason } reason answeredAt }
  apologies { reason newDueAt previousDueAt }
  timeline { type fromStatus toStatus actorName reason stepIndex }
  allowedActions
  result { outcome summary }
`;

export const RECEIVE = `mutation($input: CounterReceptionInput!) { receiveAtCounter(input: $input) { dossier { ${DOSSIER_FIELDS} } } }`;

export function counterInput(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: crypto.randomUUID(),
    procedureId: PRACTICE_CERTIFICATE,
    receivingAgencyId: CENTRE,
    applicant,
    documents: allProvided(4),
    decision: 'RECEIVE',
    ...overrides,
  };
}
