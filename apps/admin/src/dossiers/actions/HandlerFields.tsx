import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';

export interface HandlerValues {
  handlerId: string;
  handlerName: string;
}

/**
 * Who handles a step: the account's ID and name, as the API records them. No query lists an
 * agency's officials to staff outside the centre's management yet, so the leader types them, or
 * takes the step themselves with "Giao cho tôi".
 */
export function HandlerFields<Values extends HandlerValues & Record<string, unknown>>({
  form,
  hint = false,
}: {
  form: UseFormReturnType<Values>;
  hint?: boolean;
}) {
  const { t } = useTranslation();
  const { account } = useSession();
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('dossier.form.handlerName')} {...form.getInputProps('handlerName')} />
        <TextInput label={t('dossier.form.handlerId')} ff="monospace" {...form.getInputProps('handlerId')} />
      </SimpleGrid>
      <Group justify="space-between" gap="xs">
        {hint ? (
          <Text size="xs" c="dimmed">
            {t('dossier.form.handlerHint')}
          </Text>
        ) : (
          <span />
        )}
        {account && (
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              form.setFieldValue('handlerId', account.id as never);
              form.setFieldValue('handlerName', account.displayName as never);
            }}
          >
            {t('dossier.form.assignMe')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
