/**
 * The embedded default's demonstration data: the read copies this subgraph would otherwise get from
 * the other subgraphs' feeds (seeded agencies and published procedure versions, with the same ids),
 * the civil-service calendar, and dossiers played through the real transitions (reception,
 * handovers, supplement, resolution, return) at past moments, so their ledgers, codes and figures
 * are exactly what the console would have produced.
 */
import {
  agencies as seedAgencies,
  procedures as seedProcedures,
  SECTION_AGENCIES,
  seedPublishedVersions,
  termsWithAgencyIds,
  type SeedProcedure,
} from '@motcua/seed-data';
import { stableId, vietnamToday, type Db, type Principal, type Role } from '@motcua/subgraph-kit';
import { VIETNAM_CIVIL_SERVICE_DAYS } from '@motcua/working-days';
import { formatDossierCode, receptionDay } from '../domain/dossier-code.js';
import type { DossierStatus } from '../domain/status.js';
import { resolveDossier, returnResult } from '../transitions/closing.js';
import { forwardDossier, requestSupplement } from '../transitions/processing.js';
import { saveOnlineDraft, submitOnlineDossier } from '../transitions/online.js';
import { decideReception, receiveAtCounter } from '../transitions/reception.js';
import type { Actor } from '../transitions/run.js';
import { lockDossier, setAgencySection, upsertAgencyCopy, upsertProcedureVersion, versionInForce } from './queries.js';
import { calendarDays } from './tables.js';

const APPLICANTS = [
  'Nguyễn Văn An',
  'Trần Thị Bích Ngọc',
  'Lê Hoàng Phúc',
  'Phạm Thị Thu Hà',
  'Huỳnh Minh Tâm',
  'Võ Thị Kim Loan',
  'Đặng Quốc Bảo',
  'Bùi Thị Mỹ Duyên',
  'Đỗ Thanh Tùng',
  'Hồ Thị Ngọc Hân',
  'Ngô Văn Lợi',
  'Dương Thị Hồng Nhung',
  'Lý Văn Sang',
  'Trương Thị Cẩm Tú',
];
const STATUSES: DossierStatus[] = [
  'RECEIVED',
  'IN_PROCESS',
  'IN_PROCESS',
  'SUPPLEMENT_REQUESTED',
  'RESOLVED',
  'RETURNED',
  'RETURNED',
];
const DOSSIER_COUNT = 40;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FIRST_DAY = Date.UTC(2026, 10, 2, 1, 30); // Monday 2 November 2026, 08:30 in Vietnam

export const dossierId = (code: string) => stableId('dossier', code);
const agencyId = (electronicId: string) => stableId('agency', electronicId);
const versionId = (code: string, number: number) => stableId('procedure-version', `${code}#${number}`);

export interface SeedDossier {
  id: string;
  code: string;
  applicantName: string;
  idNumber: string;
  status: DossierStatus;
  receivedAt: Date;
  procedureCode: string;
  procedureId: string;
  receivingAgencyId: string;
}

/** Skips weekends so the demo's receptions fall on working days. */
function workingDaysAfter(start: number, days: number): number {
  let at = start;
  for (let added = 0; added < days;) {
    at += DAY;
    const weekday = new Date(at + 7 * HOUR).getUTCDay();
    if (weekday !== 0 && weekday !== 6) added += 1;
  }
  return at;
}

function receivingElectronicId(procedure: SeedProcedure): string {
  const centre = seedAgencies.find((agency) => agency.kind === 'SERVICE_CENTRE');
  if (!centre) throw new Error('seed data has no Public Administration Service Centre');
  return procedure.level === 'PROVINCE' ? centre.electronicId : procedure.competentAgencyElectronicId;
}

/** Pure: the same list on every machine, so other subgraphs' seeds can refer to these dossiers. */
export function seedDossiers(): SeedDossier[] {
  const runningNumbers = new Map<string, number>();
  return seedProcedures.slice(0, DOSSIER_COUNT).map((procedure, index) => {
    const electronicId = receivingElectronicId(procedure);
    const receivedAt = new Date(workingDaysAfter(FIRST_DAY, Math.floor(index / 3)) + (index % 3) * HOUR);
    const dayKey = `${electronicId}/${receptionDay(receivedAt)}`;
    const runningNumber = (runningNumbers.get(dayKey) ?? 0) + 1;
    runningNumbers.set(dayKey, runningNumber);
    const code = formatDossierCode(electronicId, receivedAt, runningNumber);
    return {
      id: dossierId(code),
      code,
      applicantName: APPLICANTS[index % APPLICANTS.length]!,
      idNumber: `0912${String(80_000_000 + index * 7919).padStart(8, '0')}`,
      status: STATUSES[index % STATUSES.length]!,
      receivedAt,
      procedureCode: procedure.code,
      procedureId: stableId('procedure', procedure.code),
      receivingAgencyId: agencyId(electronicId),
    };
  });
}

/** The seed acts as a clerk holding every role everywhere; its name marks the rows as demo data. */
const SEED_ACTOR: Actor = (() => {
  const roles: Role[] = ['RECEPTION_OFFICER', 'SPECIALIST', 'APPROVER'];
  const principal: Principal = {
    kind: 'staff',
    subject: stableId('account', 'seed'),
    name: 'Dữ liệu mẫu',
    roles: seedAgencies.flatMap((agency) => roles.map((role) => ({ role, scopeId: agencyId(agency.electronicId) }))),
    scopes: [],
  };
  return { id: principal.subject, name: 'Dữ liệu mẫu', principal };
})();

async function seedReadCopies(db: Db): Promise<void> {
  for (const agency of seedAgencies)
    await upsertAgencyCopy(db, {
      id: agencyId(agency.electronicId),
      electronicId: agency.electronicId,
      name: agency.name,
      sourcePosition: 'seed',
    });
  for (const electronicId of SECTION_AGENCIES)
    await setAgencySection(db, agencyId(electronicId), stableId('one-stop-section', electronicId));
  for (const procedure of seedProcedures)
    for (const version of seedPublishedVersions(procedure))
      await upsertProcedureVersion(db, {
        versionId: versionId(procedure.code, version.number),
        procedureId: stableId('procedure', procedure.code),
        code: procedure.code,
        name: procedure.name,
        field: procedure.field,
        level: procedure.level,
        competentAgencyId: agencyId(procedure.competentAgencyElectronicId),
        versionNumber: version.number,
        effectiveFrom: version.effectiveFrom,
        terms: termsWithAgencyIds(version.terms, agencyId),
        sourcePosition: 'seed',
      });
  await db
    .insert(calendarDays)
    .values(VIETNAM_CIVIL_SERVICE_DAYS.map((day) => ({ ...day, updatedBy: 'seed' })))
    .onConflictDoNothing();
}

/** Plays one demo dossier from reception to its planned status. */
async function playDossier(db: Db, plan: SeedDossier, index: number): Promise<void> {
  const at = (days: number, hours = 0) => new Date(plan.receivedAt.getTime() + days * DAY + hours * HOUR);
  const version = await versionInForce(db, plan.procedureId, vietnamToday(plan.receivedAt));
  if (!version) return;
  const row = await receiveAtCounter(
    db,
    {
      idempotencyKey: `seed-${plan.code}`,
      procedureId: plan.procedureId,
      receivingAgencyId: plan.receivingAgencyId,
      channel: index % 5 === 4 ? 'POSTAL' : 'IN_PERSON',
      applicant: {
        kind: 'PERSON',
        name: plan.applicantName,
        idNumber: plan.idNumber,
        address: `Số ${10 + index} đường Nguyễn Trung Trực, phường Vĩnh Thanh Vân, TP. Rạch Giá`,
        phone: `09${String(12_000_000 + index * 104_729).slice(0, 8)}`,
        email: null,
      },
      documents: version.terms.documents.map((_, documentIndex) => ({ index: documentIndex, provided: true })),
      sets: 1,
      resultDelivery: 'AT_COUNTER',
      decision: 'RECEIVE',
    },
    SEED_ACTOR,
    plan.receivedAt,
    plan.id,
  );
  if (plan.status === 'RECEIVED') return;
  await forwardDossier(db, { dossierId: row.id }, SEED_ACTOR, at(0, 3));
  if (plan.status === 'IN_PROCESS') return;
  if (plan.status === 'SUPPLEMENT_REQUESTED') {
    await requestSupplement(
      db,
      {
        dossierId: row.id,
        items: [{ name: version.terms.documents[0]?.name ?? 'Giấy tờ', reason: 'Bản chụp mờ, không đọc được.' }],
        reason: 'Thành phần hồ sơ chưa hợp lệ.',
      },
      SEED_ACTOR,
      at(1),
    );
    return;
  }
  // Hand over until the step that issues the result, one working day apart.
  for (let day = 1; ; day += 1) {
    const current = await lockDossier(db, row.id);
    const remaining = version.terms.internalProcess.slice(current!.currentStep! + 1);
    if (remaining.every((step) => step.role === 'RECEPTION_OFFICER')) break;
    await forwardDossier(db, { dossierId: row.id }, SEED_ACTOR, at(day));
  }
  await resolveDossier(
    db,
    { dossierId: row.id, outcome: 'APPROVED', summary: `Kết quả giải quyết: ${version.name}`, electronic: true },
    SEED_ACTOR,
    at(3, 1),
  );
  if (plan.status === 'RESOLVED') return;
  await returnResult(
    db,
    { dossierId: row.id, delivery: 'AT_COUNTER', receivedBy: plan.applicantName },
    SEED_ACTOR,
    at(3, 4),
  );
}

/** The demo citizen (congdan.demo) filed two dossiers online: one waits for the one-stop's check, one for a supplement. */
async function playOnlineDossiers(db: Db): Promise<void> {
  const citizen: Actor = {
    id: stableId('account', 'congdan.demo'),
    name: 'Trần Văn Dân',
    principal: {
      kind: 'citizen',
      subject: stableId('account', 'congdan.demo'),
      name: 'Trần Văn Dân',
      roles: [],
      scopes: [],
    },
  };
  const online = seedProcedures.filter((procedure) => procedure.level === 'PROVINCE').slice(0, 60);
  const plans = online
    .map((procedure) => ({ procedure, terms: seedPublishedVersions(procedure).at(-1)!.terms }))
    .filter(({ terms }) => terms.onlineLevel === 'FULL')
    .slice(0, 2);
  for (const [index, { procedure, terms }] of plans.entries()) {
    const id = stableId('dossier', `online-demo-${index}`);
    if (await lockDossier(db, id)) continue;
    const filedAt = new Date(workingDaysAfter(FIRST_DAY, 12 + index) + 2 * HOUR);
    const draft = await saveOnlineDraft(
      db,
      {
        procedureId: stableId('procedure', procedure.code),
        applicant: {
          kind: 'PERSON',
          name: 'Trần Văn Dân',
          idNumber: '091234567890',
          address: 'Số 5 Trần Phú, phường Vĩnh Thanh, TP. Rạch Giá',
          phone: '0912345678',
          email: 'congdan.demo@example.vn',
        },
        documents: terms.documents.map((_, documentIndex) => ({ index: documentIndex, provided: true })),
        resultDelivery: 'ONLINE',
      },
      citizen,
      filedAt,
      id,
    );
    await submitOnlineDossier(db, draft.id, citizen, new Date(filedAt.getTime() + HOUR));
    if (index === 1)
      await decideReception(
        db,
        {
          dossierId: draft.id,
          documents: terms.documents.map((_, documentIndex) => ({ index: documentIndex, provided: true })),
          decision: 'REQUEST_SUPPLEMENT',
          supplementItems: [{ name: terms.documents[0]!.name, reason: 'Thiếu chữ ký của người đề nghị.' }],
          reason: 'Hồ sơ chưa hợp lệ, đề nghị bổ sung.',
        },
        SEED_ACTOR,
        new Date(filedAt.getTime() + 3 * HOUR),
      );
  }
}

export async function seedDossierRows(db: Db): Promise<void> {
  await seedReadCopies(db);
  const plans = seedDossiers();
  for (const [index, plan] of plans.entries()) {
    if (await lockDossier(db, plan.id)) continue; // seeded before
    await playDossier(db, plan, index);
  }
  await playOnlineDossiers(db);
}
