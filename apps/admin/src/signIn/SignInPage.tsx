import { Alert, Paper, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { LoadingState, PageHeader } from '@motcua/ui';
import { nextParam, safeNextPath } from '../paths';
import { SignInForm } from './SignInForm';

/** /dang-nhap: the form, and once signed in, on to the page the user was stopped at. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('signIn.heading')} · ${t('appTitle')}`);
  const { status, ended } = useSession();
  const [searchParams] = useSearchParams();

  if (status === 'signedIn') return <Navigate to={safeNextPath(searchParams.get(nextParam))} replace />;
  if (status === 'restoring') return <LoadingState label={t('session.restoring')} />;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} maw={440} mx="auto" mt={{ base: 0, sm: 'xl' }}>
      <Stack gap="lg">
        <PageHeader title={t('signIn.heading')} description={t('signIn.intro')} />
        {ended === 'expired' && (
          // A status, not an alert: nothing went wrong that the user must act on at once.
          <Alert color="blue" variant="light" role="status" title={t('session.expired.title')}>
            {t('session.expired.description')}
          </Alert>
        )}
        <SignInForm />
      </Stack>
    </Paper>
  );
}
