import { AppShell } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppLayout } from '@motcua/ui';
import { AccountMenu } from './AccountMenu';
import { ConsoleNav } from './ConsoleNav';

/** The signed-in frame: navigation on the side, the account in the header. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  return (
    <AppLayout
      title={t('appTitle')}
      navbarLabel={t('nav.label')}
      navbar={
        <>
          <AppShell.Section grow>
            <ConsoleNav />
          </AppShell.Section>
          <AppShell.Section>
            <AccountMenu placement="navbar" />
          </AppShell.Section>
        </>
      }
      headerActions={<AccountMenu placement="header" />}
    >
      <Outlet />
    </AppLayout>
  );
}

/** The frame of the sign-in page: the same header, nothing to navigate to yet. */
export function SignedOutLayout() {
  const { t } = useTranslation();
  return (
    <AppLayout title={t('appTitle')}>
      <Outlet />
    </AppLayout>
  );
}
