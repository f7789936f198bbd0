import { Anchor, Group } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../paths';

function HeaderLink({ to, label }: { to: string; label: string }) {
  const current = useMatch({ path: to, end: true });
  return (
    <Anchor
      component={Link}
      to={to}
      c="white"
      fw={current ? 700 : 500}
      // On a phone three links share the header with the name, the account and the language switch:
      // smaller, tighter lines keep a wrapped label inside the header's 56 px.
      fz={{ base: 'xs', sm: 'sm' }}
      lh={1.25}
      underline={current ? 'always' : 'hover'}
      aria-current={current ? 'page' : undefined}
    >
      {label}
    </Anchor>
  );
}

/** The portal's public pages, as links in the blue header (white on blue 7 is about 7:1). */
export function PortalNav() {
  const { t } = useTranslation();
  return (
    <Group component="nav" gap="sm" wrap="nowrap" aria-label={t('nav.label')}>
      <HeaderLink to={paths.home} label={t('nav.procedures')} />
      <HeaderLink to={paths.places} label={t('nav.places')} />
      <HeaderLink to={paths.tracking} label={t('nav.tracking')} />
    </Group>
  );
}
