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
} as const;

/** The editor of one procedure of the catalogue. */
export function procedurePath(id: string): string {
  return `${paths.catalogue}/${encodeURIComponent(id)}`;
}

/** Who arranges the counters' staffing: the section's centre manager, or a system administrator. */
export const staffingRoles = ['CENTRE_MANAGER', 'SYSTEM_ADMIN'] as const;

/** What the shared sign-in pieces (@motcua/ui) need to know of the console's addresses. */
export const signInRoutes: SignInRoutes = { home: paths.home, signIn: paths.signIn };
