import type { ReactNode } from 'react';
import { AppShell, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './AppLayout.module.css';

const mainContentId = 'main-content';

export interface AppLayoutProps {
  /** Name of the app, shown in the header (the page's own heading is the `<h1>` in `children`). */
  title: string;
  children: ReactNode;
}

/** The frame both apps share: a blue header with the app name and the language switch. */
export function AppLayout({ title, children }: AppLayoutProps) {
  const { t } = useTranslation('common');

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a className={classes.skipLink} href={`#${mainContentId}`}>
        {t('skipToContent')}
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Text component="span" fw={700} size="lg" truncate="end">
            {title}
          </Text>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main id={mainContentId} tabIndex={-1} className={classes.main}>
        <Container size="lg" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
