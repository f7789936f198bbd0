import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The new key, this once: the server keeps only a hash, so whoever closes this without copying
 * it has to create another key.
 */
export function NewApiKey({ apiKey, onDone }: { apiKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert
        color="orange"
        variant="light"
        title={t('apiClients.created.warningTitle')}
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Text size="sm">{t('apiClients.created.warning')}</Text>
      </Alert>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label={t('apiClients.created.key')}
          value={apiKey}
          readOnly
          ff="monospace"
          style={{ flex: 1 }}
          // Selecting everything on focus makes a manual copy one keystroke.
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={apiKey}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'light' : 'filled'} aria-live="polite">
              {copied ? t('apiClients.created.copied') : t('apiClients.created.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('form.close')}
        </Button>
      </Group>
    </Stack>
  );
}
