import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the API said that no field can show, above the form's buttons. */
export function FormErrorAlert({ message, title }: { message: string | null; title?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t('form.saveFailed')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {message}
      </Text>
    </Alert>
  );
}
