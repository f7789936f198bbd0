import { NavLink, Stack } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { dossierRoles, paths, staffingRoles } from '../paths';

function NavItem({ to, label }: { to: string; label: string }) {
  const current = useMatch({ path: to, end: true });
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      active={Boolean(current)}
      // Screen readers say "current page"; the highlight alone would tell only sighted users.
      aria-current={current ? 'page' : undefined}
    />
  );
}

/** The console's sections. Links to pages the account's roles do not open are not shown at all. */
export function ConsoleNav() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  return (
    <Stack gap={4}>
      {dossierRoles.some(hasRole) && <NavItem to={paths.myWork} label={t('nav.myWork')} />}
      {hasRole('RECEPTION_OFFICER') && <NavItem to={paths.reception} label={t('nav.reception')} />}
      <NavItem to={paths.dossiers} label={t('nav.dossiers')} />
      <NavItem to={paths.units} label={t('nav.units')} />
      {staffingRoles.some(hasRole) && <NavItem to={paths.staffing} label={t('nav.staffing')} />}
      {hasRole('CATALOGUE_EDITOR') && <NavItem to={paths.catalogue} label={t('nav.catalogue')} />}
      {hasRole('CATALOGUE_EDITOR') && <NavItem to={paths.onSiteReport} label={t('nav.onSiteReport')} />}
      {hasRole('SYSTEM_ADMIN') && <NavItem to={paths.accounts} label={t('nav.accounts')} />}
      {hasRole('SYSTEM_ADMIN') && <NavItem to={paths.apiClients} label={t('nav.apiClients')} />}
      <NavItem to={paths.calendar} label={t('nav.calendar')} />
    </Stack>
  );
}
