/** Where an app signs people in, and where it sends them when there is nowhere better to go. */
export interface SignInRoutes {
  home: string;
  signIn: string;
}

/** Where the sign-in page sends the user afterwards: the page they were stopped at. */
export const nextParam = 'next';

/**
 * Only a path on this site: `next` comes from the address bar, and following `//evil.example` or
 * `https://…` after a sign-in would hand a freshly signed-in user to another site.
 */
export function safeNextPath(next: string | null, routes: SignInRoutes): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return routes.home;
  if (next === routes.signIn || next.startsWith(`${routes.signIn}?`)) return routes.home;
  return next;
}

/** `/dang-nhap?next=…`: the sign-in page, remembering the page to come back to (none: home). */
export function signInPathFor(next: string, routes: SignInRoutes): string {
  return next === routes.home ? routes.signIn : `${routes.signIn}?${new URLSearchParams({ [nextParam]: next })}`;
}
