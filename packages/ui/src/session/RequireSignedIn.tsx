import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { LoadingState } from '../LoadStates';
import { signInPathFor, type SignInRoutes } from './signInRoutes';

/**
 * Lets a signed-in user through; sends anyone else to the sign-in page, remembering where they
 * were headed. Which kinds of account get this far is the app's session's choice (`accepts`):
 * the session never holds an account the app refused.
 */
export function RequireSignedIn({ routes, children }: { routes: SignInRoutes; children: ReactNode }) {
  const { t } = useTranslation('common');
  const { status, ended } = useSession();
  const location = useLocation();

  if (status === 'restoring') return <LoadingState label={t('session.restoring')} />;
  if (status === 'signedOut') {
    // After "Đăng xuất", a plain sign-in page: the next person at this desk should not be sent
    // to the page the last one was reading.
    const next = ended === 'byUser' ? routes.home : `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={signInPathFor(next, routes)} replace />;
  }
  return children;
}
