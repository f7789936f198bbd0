import { Anchor, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * For addresses no route matches. A plain link, not the router's, so this package does not
 * depend on react-router; a full reload of the home page costs nothing noticeable.
 */
export function NotFoundPage({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useTranslation('common');
  return (
    <EmptyState py="xl" title={t('notFound.title')} description={t('notFound.description')} withIndicatorBackground>
      <Anchor href={homeHref}>{t('notFound.home')}</Anchor>
    </EmptyState>
  );
}
