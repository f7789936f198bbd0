import type { SignInRoutes } from '@motcua/ui';

/** The portal's addresses, in Vietnamese like everything a citizen reads. */
export const paths = {
  home: '/',
  places: '/noi-tiep-nhan',
  signIn: '/dang-nhap',
  signUp: '/dang-ky',
  account: '/tai-khoan',
} as const;

/** What the shared sign-in pieces (@motcua/ui) need to know of the portal's addresses. */
export const signInRoutes: SignInRoutes = { home: paths.home, signIn: paths.signIn };
