import type { ReactNode } from 'react';
import { Alert, Paper, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { LoadingState } from '../LoadStates';
import { PageHeader } from '../PageHeader';
import { nextParam, safeNextPath, type SignInRoutes } from './signInRoutes';

export interface SignedOutPageProps {
  routes: SignInRoutes;
  /** The page's `<h1>`, also the first part of the document title. */
  title: string;
  description?: ReactNode;
  /** The app's name, the second part of the document title. */
  appTitle: string;
  /** Says so when the last session ended because the API stopped accepting it. */
  withExpiredNotice?: boolean;
  children: ReactNode;
}

/**
 * The frame of a page for signing in (or up): a narrow panel that fits a phone, and once the
 * session is there, on to the page the user was stopped at (`?next=`).
 */
export function SignedOutPage({
  routes,
  title,
  description,
  appTitle,
  withExpiredNotice = true,
  children,
}: SignedOutPageProps) {
  const { t } = useTranslation('common');
  useDocumentTitle(`${title} · ${appTitle}`);
  const { status, ended } = useSession();
  const [searchParams] = useSearchParams();

  if (status === 'signedIn') return <Navigate to={safeNextPath(searchParams.get(nextParam), routes)} replace />;
  if (status === 'restoring') return <LoadingState label={t('session.restoring')} />;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} maw={480} mx="auto" mt={{ base: 0, sm: 'xl' }}>
      <Stack gap="lg">
        <PageHeader title={title} description={description} />
        {withExpiredNotice && ended === 'expired' && (
          // A status, not an alert: nothing went wrong that the user must act on at once.
          <Alert color="blue" variant="light" role="status" title={t('session.expired.title')}>
            {t('session.expired.description')}
          </Alert>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
