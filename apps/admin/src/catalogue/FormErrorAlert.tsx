import type { ReactNode } from 'react';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What went wrong that no field can show, above the form's buttons: a message, or richer `children`. */
export function FormErrorAlert({
  message,
  title,
  children,
}: {
  message: string | null;
  title?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!message && !children) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title ?? t('form.saveFailed')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      {message && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {message}
        </Text>
      )}
      {children}
    </Alert>
  );
}
