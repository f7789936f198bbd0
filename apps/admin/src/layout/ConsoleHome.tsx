import { Navigate } from 'react-router';
import { useSession } from '@motcua/graphql-client';
import { dossierRoles, paths } from '../paths';

/**
 * "/": where signing in lands. Officers who work on dossiers start at their work queue; everyone
 * else at the administrative units.
 */
export function ConsoleHome() {
  const { hasRole } = useSession();
  return <Navigate to={dossierRoles.some(hasRole) ? paths.myWork : paths.units} replace />;
}
