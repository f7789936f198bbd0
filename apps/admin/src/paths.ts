import type { SignInRoutes } from '@motcua/ui';

/** The console's addresses, in Vietnamese like the rest of what staff read. */
export const paths = {
  home: '/',
  signIn: '/dang-nhap',
  accounts: '/tai-khoan',
  staffing: '/bo-tri-can-bo',
  apiClients: '/khoa-api',
  catalogue: '/thu-tuc',
  onSiteReport: '/thu-tuc/bao-cao-tai-cho',
  units: '/don-vi-hanh-chinh',
  reception: '/tiep-nhan',
  dossiers: '/ho-so',
  myWork: '/ho-so/cong-viec',
  calendar: '/lich-lam-viec',
} as const;

/** The editor of one procedure of the catalogue. */
export function procedurePath(id: string): string {
  return `${paths.catalogue}/${encodeURIComponent(id)}`;
}

/** One dossier: its steps, deadline, timeline and the actions the caller may take. */
export function dossierPath(id: string): string {
  return `${paths.dossiers}/${encodeURIComponent(id)}`;
}

/** Who works on dossiers, and so has a work queue: their home after signing in. */
export const dossierRoles = ['RECEPTION_OFFICER', 'SPECIALIST', 'APPROVER'] as const;

/** Who arranges the counters' staffing: the section's centre manager, or a system administrator. */
export const staffingRoles = ['CENTRE_MANAGER', 'SYSTEM_ADMIN'] as const;

/** What the shared sign-in pieces (@motcua/ui) need to know of the console's addresses. */
export const signInRoutes: SignInRoutes = { home: paths.home, signIn: paths.signIn };
