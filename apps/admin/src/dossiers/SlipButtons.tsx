import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormKind } from '@motcua/graphql-client';
import { useSlip } from './slips';

/** One row per slip that applies: its name, "In" (opens it to print) and "Tải về" (saves the PDF). */
export function SlipButtons({ dossierId, forms }: { dossierId: string; forms: readonly FormKind[] }) {
  const { t } = useTranslation();
  const slip = useSlip(dossierId);
  if (forms.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="dossier-slips">
      <Title order={2} fz="h4" id="dossier-slips">
        {t('dossier.page.slips')}
      </Title>
      {forms.map((form) => {
        const name = t(`dossier.slip.${form}`);
        return (
          <Group key={form} justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">{name}</Text>
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                loading={slip.busy === form}
                aria-label={t('dossier.slip.print', { name })}
                onClick={() => slip.open(form)}
              >
                {t('dossier.slip.printShort')}
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={slip.busy === form}
                aria-label={t('dossier.slip.download', { name })}
                onClick={() => slip.download(form)}
              >
                {t('dossier.slip.downloadShort')}
              </Button>
            </Group>
          </Group>
        );
      })}
      {slip.failed && (
        <Alert color="red" variant="light" role="alert">
          {t(`dossier.slip.${slip.failed}`)}
        </Alert>
      )}
    </Stack>
  );
}
