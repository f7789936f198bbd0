import type { ReactNode } from 'react';
import { RequireSignedIn } from '@motcua/ui';
import { signInRoutes } from '../paths';

/**
 * For the pages that are a citizen's own (online filing, my dossiers, my account): lets a
 * signed-in citizen through, sends anyone else to the sign-in page and back here afterwards. The
 * session only ever holds citizens' accounts (see portalSession.ts); the API checks every request.
 */
export function RequireCitizen({ children }: { children: ReactNode }) {
  return <RequireSignedIn routes={signInRoutes}>{children}</RequireSignedIn>;
}
