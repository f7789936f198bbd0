import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What a form could not place beside a field (a refusal without a field, a network failure),
 * shown above its buttons. Renders nothing without a message.
 */
export function FormFailureAlert({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title={t('form.saveFailed')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm">{message}</Text>
    </Alert>
  );
}
