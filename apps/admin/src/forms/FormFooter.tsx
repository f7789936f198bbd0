import { Alert, Button, Group, Text } from '@mantine/core';
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

/** The end of every console form in a modal: the failure, if any, then Cancel and the submit button. */
export function FormFooter({
  failure,
  onCancel,
  submitLabel,
  submitting,
  destructive = false,
}: {
  failure: string | null;
  onCancel: () => void;
  submitLabel: string;
  submitting: boolean;
  /** Red, for a change that cannot be taken back (ending a secondment). */
  destructive?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormFailureAlert message={failure} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
        <Button type="submit" color={destructive ? 'red.9' : undefined} loading={submitting}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
