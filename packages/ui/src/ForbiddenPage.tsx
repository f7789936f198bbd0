import { Anchor, EmptyState, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * For a signed-in user on a page their roles do not open (HTTP 403). Says plainly that it is a
 * matter of permission, not a broken link, and whom to ask. The title is the page's `<h1>`, so a
 * screen reader announces where the user landed. A plain link home, as in NotFoundPage.
 */
export function ForbiddenPage({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useTranslation('common');
  useDocumentTitle(t('forbidden.title'));
  return (
    <EmptyState
      py="xl"
      icon={
        <Text component="span" fw={700} aria-hidden="true">
          403
        </Text>
      }
      withIndicatorBackground
    >
      <EmptyState.Title order={1}>{t('forbidden.title')}</EmptyState.Title>
      <EmptyState.Description>{t('forbidden.description')}</EmptyState.Description>
      <Anchor href={homeHref}>{t('forbidden.home')}</Anchor>
    </EmptyState>
  );
}
