import type { ReactNode } from 'react';
import { useSession, type Role } from '@motcua/graphql-client';
import { ForbiddenPage } from '@motcua/ui';

/**
 * Shows the 403 page instead of `children` without the role (any one of them, given several). This only spares the user a page of
 * errors: the API checks the role on every request, which is what actually protects the data.
 */
export function RequireRole({ role, children }: { role: Role | readonly Role[]; children: ReactNode }) {
  const { hasRole } = useSession();
  const allowed = typeof role === 'string' ? [role] : role;
  return allowed.some(hasRole) ? children : <ForbiddenPage />;
}
