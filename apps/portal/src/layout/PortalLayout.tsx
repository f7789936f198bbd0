import { Group } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppLayout } from '@motcua/ui';
import { AccountMenu } from './AccountMenu';
import { PortalNav } from './PortalNav';

/** One frame for every page, signed in or not: the pages in the header, then the citizen's account. */
export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <AppLayout
      title={t('appTitle')}
      shortTitle={t('appShortTitle')}
      headerActions={
        <Group gap="xs" wrap="nowrap">
          <PortalNav />
          <AccountMenu />
        </Group>
      }
    >
      <Outlet />
    </AppLayout>
  );
}
