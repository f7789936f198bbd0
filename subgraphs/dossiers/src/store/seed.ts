/**
 * Demonstration dossiers: one for each of the first procedures of the seeded catalogue, received
 * over the autumn of 2026 at the Centre (province-level procedures) or at the competent People's
 * Committee (district and commune ones), in a spread of states.
 */
import { agencies as seedAgencies, procedures as seedProcedures } from '@motcua/seed-data';
import { stableId, type Db } from '@motcua/subgraph-kit';
import { formatDossierCode, receptionDay } from '../domain/dossier-code.js';
import type { DossierStatus } from '../domain/status.js';
import { dossiers } from './tables.js';

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
  'Công ty TNHH Thủy sản Biển Tây',
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
const FIRST_DAY = Date.UTC(2026, 8, 1, 1, 30); // 1 Sept 2026, 08:30 in Vietnam

export const dossierId = (code: string) => stableId('dossier', code);

export interface SeedDossier {
  id: string;
  code: string;
  applicantName: string;
  status: DossierStatus;
  receivedAt: Date;
  procedureId: string;
  receivingAgencyId: string;
  createdAt: Date;
}

/** Pure: the same list on every machine, so other subgraphs' seeds can refer to these dossiers. */
export function seedDossiers(): SeedDossier[] {
  const centre = seedAgencies.find((agency) => agency.kind === 'SERVICE_CENTRE');
  if (!centre) throw new Error('seed data has no Public Administration Service Centre');
  const runningNumbers = new Map<string, number>();
  return seedProcedures.slice(0, DOSSIER_COUNT).map((procedure, index) => {
    const receivingElectronicId =
      procedure.level === 'PROVINCE' ? centre.electronicId : procedure.competentAgencyElectronicId;
    const receivedAt = new Date(FIRST_DAY + Math.floor(index / 3) * 86_400_000 + (index % 3) * 3_600_000);
    const dayKey = `${receivingElectronicId}/${receptionDay(receivedAt)}`;
    const runningNumber = (runningNumbers.get(dayKey) ?? 0) + 1;
    runningNumbers.set(dayKey, runningNumber);
    const code = formatDossierCode(receivingElectronicId, receivedAt, runningNumber);
    return {
      id: dossierId(code),
      code,
      applicantName: APPLICANTS[index % APPLICANTS.length]!,
      status: STATUSES[index % STATUSES.length]!,
      receivedAt,
      procedureId: stableId('procedure', procedure.code),
      receivingAgencyId: stableId('agency', receivingElectronicId),
      createdAt: receivedAt,
    };
  });
}

export async function seedDossierRows(db: Db): Promise<void> {
  await db.insert(dossiers).values(seedDossiers()).onConflictDoNothing();
}
