import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { LoadingState } from '@motcua/ui';
import { nextParam, paths } from '../paths';

/**
 * Lets a signed-in staff member through; sends anyone else to the sign-in page, remembering where
 * they were headed. The session only ever holds staff accounts (see consoleSession.ts).
 */
export function RequireStaff({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, ended } = useSession();
  const location = useLocation();

  if (status === 'restoring') return <LoadingState label={t('session.restoring')} />;
  if (status === 'signedOut') {
    // After "Đăng xuất", a plain sign-in page: the next person at this desk should not be sent
    // to the page the last one was reading.
    const next = ended === 'byUser' ? paths.home : `${location.pathname}${location.search}${location.hash}`;
    const search = next === paths.home ? '' : `?${new URLSearchParams({ [nextParam]: next })}`;
    return <Navigate to={`${paths.signIn}${search}`} replace />;
  }
  return children;
}
