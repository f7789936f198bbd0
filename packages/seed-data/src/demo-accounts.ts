/**
 * Demo accounts, one for every role, printed by `pnpm start`. They exist only where seeding is on
 * (MOTCUA_SEED, default true for a demonstration install); a real province runs with seeding off
 * and creates its accounts in the console.
 */
export type SeedRole =
  'SYSTEM_ADMIN' | 'CENTRE_MANAGER' | 'RECEPTION_OFFICER' | 'SPECIALIST' | 'APPROVER' | 'CATALOGUE_EDITOR' | 'CITIZEN';

export interface SeedAccount {
  username: string;
  displayName: string;
  kind: 'STAFF' | 'CITIZEN';
  /** Roles, each within the agency of that electronic ID. */
  roles: { role: SeedRole; agencyElectronicId: string }[];
  /** What the role is for, as the start banner says it. */
  description: string;
}

/** The same password for every demo account, printed beside them at start. */
export const DEMO_PASSWORD = 'Motcua@2026';

const PROVINCE_PC = '000.00.00.H37';
const CENTRE = '000.00.01.H37';
const CONSTRUCTION = '000.00.09.H37'; // Sở Xây dựng

export const demoAccounts: readonly SeedAccount[] = [
  {
    username: 'admin',
    displayName: 'Quản trị hệ thống',
    kind: 'STAFF',
    roles: [{ role: 'SYSTEM_ADMIN', agencyElectronicId: PROVINCE_PC }],
    description: 'system administrator / quản trị hệ thống',
  },
  {
    username: 'quanly.trungtam',
    displayName: 'Trần Văn Hùng',
    kind: 'STAFF',
    roles: [{ role: 'CENTRE_MANAGER', agencyElectronicId: CENTRE }],
    description: 'centre manager / giám đốc Trung tâm PVHCC',
  },
  {
    username: 'tiepnhan.trungtam',
    displayName: 'Nguyễn Thị Mai',
    kind: 'STAFF',
    roles: [{ role: 'RECEPTION_OFFICER', agencyElectronicId: CENTRE }],
    description: 'reception officer / cán bộ tiếp nhận',
  },
  {
    username: 'chuyenvien.sxd',
    displayName: 'Lê Minh Khang',
    kind: 'STAFF',
    roles: [{ role: 'SPECIALIST', agencyElectronicId: CONSTRUCTION }],
    description: 'specialist, Sở Xây dựng / chuyên viên thẩm định',
  },
  {
    username: 'lanhdao.sxd',
    displayName: 'Phạm Quốc Thái',
    kind: 'STAFF',
    roles: [{ role: 'APPROVER', agencyElectronicId: CONSTRUCTION }],
    description: 'approver, Sở Xây dựng / lãnh đạo phê duyệt',
  },
  {
    username: 'bientap.danhmuc',
    displayName: 'Võ Thị Thanh Trúc',
    kind: 'STAFF',
    roles: [{ role: 'CATALOGUE_EDITOR', agencyElectronicId: PROVINCE_PC }],
    description: 'catalogue editor / biên tập danh mục TTHC',
  },
  {
    username: 'congdan.demo',
    displayName: 'Nguyễn Văn Dân',
    kind: 'CITIZEN',
    roles: [{ role: 'CITIZEN', agencyElectronicId: PROVINCE_PC }],
    description: 'citizen (portal) / công dân',
  },
];
