import type { ReactNode } from 'react';
import { Alert, Button, Center, EmptyState, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner with words, announced politely to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <Center py="xl" role="status">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text c="dimmed">{label ?? t('loading')}</Text>
      </Group>
    </Center>
  );
}

/** Shown when a request failed; says so in plain words and offers to try again. */
export function LoadErrorAlert({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Alert color="red" variant="light" title={t('loadError.title')} my="md">
      <Text size="sm">{t('loadError.description')}</Text>
      {onRetry && (
        <Button mt="sm" size="xs" variant="outline" color="red" onClick={onRetry}>
          {t('loadError.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** Shown when a query succeeded but found nothing. */
export function EmptyResult({ title, description }: { title: string; description?: ReactNode }) {
  return <EmptyState py="xl" role="status" title={title} description={description} withIndicatorBackground />;
}
