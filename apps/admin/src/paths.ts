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

/** Where the sign-in page sends the user afterwards: the page they were stopped at. */
export const nextParam = 'next';

/**
 * Only a path on this site: `next` comes from the address bar, and following `//evil.example` or
 * `https://…` after a sign-in would hand a freshly signed-in user to another site.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home;
  if (next === paths.signIn || next.startsWith(`${paths.signIn}?`)) return paths.home;
  return next;
}
