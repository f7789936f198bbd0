import { useId, type MouseEvent, type ReactNode } from 'react';
import { AppShell, Burger, Container, Group, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './AppLayout.module.css';

const mainContentId = 'main-content';

export interface AppLayoutProps {
  /** Name of the app, shown in the header (the page's own heading is the `<h1>` in `children`). */
  title: string;
  /** Shown instead of `title` on a phone, where the header also holds links (the portal's). */
  shortTitle?: string;
  /**
   * Side navigation (links, and on a phone whatever the header has no room for). Beside the page
   * from the `sm` breakpoint; on a phone it folds away behind a menu button in the header.
   */
  navbar?: ReactNode;
  /** Accessible name of the navigation landmark. */
  navbarLabel?: string;
  /** Shown in the header before the language switch (the signed-in account, a sign-out button). */
  headerActions?: ReactNode;
  children: ReactNode;
}

/** The frame both apps share: a blue header with the app name and the language switch. */
export function AppLayout({ title, shortTitle, navbar, navbarLabel, headerActions, children }: AppLayoutProps) {
  const { t } = useTranslation('common');
  const theme = useMantineTheme();
  const navbarId = useId();
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  // Read on the first render, so the navbar is not inert for a frame on a desktop.
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  // A folded navbar is only moved off screen; keep its links out of the tab order and away from
  // screen readers until the menu button opens it.
  const navbarHidden = !isWide && !navbarOpened;

  /** On a phone the open navbar covers the page: following one of its links should reveal it. */
  function closeAfterLink(event: MouseEvent<HTMLElement>) {
    if ((event.target as Element).closest('a')) close();
  }

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={navbar ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } } : undefined}
      padding="md"
    >
      <a className={classes.skipLink} href={`#${mainContentId}`}>
        {t('skipToContent')}
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          {/* A short title is never cut on a phone: the links beside it wrap instead. */}
          <Group gap="xs" wrap="nowrap" miw={shortTitle ? { base: 'auto', sm: 0 } : 0}>
            {navbar && (
              <Burger
                opened={navbarOpened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                color="white"
                aria-label={t('menu')}
                aria-expanded={navbarOpened}
                aria-controls={navbarId}
              />
            )}
            <Text component="span" fw={700} size="lg" truncate="end" visibleFrom={shortTitle ? 'sm' : undefined}>
              {title}
            </Text>
            {shortTitle && (
              <Text component="span" fw={700} size="lg" hiddenFrom="sm">
                {shortTitle}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerActions}
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      {navbar && (
        <AppShell.Navbar id={navbarId} aria-label={navbarLabel} p="sm" inert={navbarHidden} onClick={closeAfterLink}>
          {navbar}
        </AppShell.Navbar>
      )}
      <AppShell.Main id={mainContentId} tabIndex={-1} className={classes.main}>
        <Container size="lg" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
