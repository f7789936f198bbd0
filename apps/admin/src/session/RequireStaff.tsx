import type { ReactNode } from 'react';
import { RequireSignedIn } from '@motcua/ui';
import { signInRoutes } from '../paths';

/**
 * Lets a signed-in staff member through; sends anyone else to the sign-in page, remembering where
 * they were headed. The session only ever holds staff accounts (see consoleSession.ts).
 */
export function RequireStaff({ children }: { children: ReactNode }) {
  return <RequireSignedIn routes={signInRoutes}>{children}</RequireSignedIn>;
}
