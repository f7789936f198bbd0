import type { SignInRoutes } from '@motcua/ui';

/** The portal's addresses, in Vietnamese like everything a citizen reads. */
export const paths = {
  home: '/',
  places: '/noi-tiep-nhan',
  signIn: '/dang-nhap',
  signUp: '/dang-ky',
  account: '/tai-khoan',
  tracking: '/tra-cuu',
  myDossiers: '/ho-so-cua-toi',
} as const;

/** The online form's draft in the address (`?ban-nhap=<dossier id>`), so a reload finds it again. */
export const draftParam = 'ban-nhap';

/** Online filing for a procedure (mã TTHC), continuing a draft when one is given. */
export function onlineFilingPath(procedureCode: string, draftId?: string): string {
  const path = `/nop-truc-tuyen/${encodeURIComponent(procedureCode)}`;
  return draftId ? `${path}?${new URLSearchParams({ [draftParam]: draftId }).toString()}` : path;
}

/** One of the signed-in citizen's dossiers. */
export function myDossierPath(id: string): string {
  return `${paths.myDossiers}/${encodeURIComponent(id)}`;
}

/** What the shared sign-in pieces (@motcua/ui) need to know of the portal's addresses. */
export const signInRoutes: SignInRoutes = { home: paths.home, signIn: paths.signIn };
