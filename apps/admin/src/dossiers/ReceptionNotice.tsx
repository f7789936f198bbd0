import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormKind } from '@motcua/graphql-client';
import type { ReceptionOutcome } from './ReceptionPage';
import { useSlip } from './slips';

const slipOf: Record<ReceptionOutcome['decision'], FormKind> = {
  RECEIVE: 'RECEIPT',
  REQUEST_SUPPLEMENT: 'SUPPLEMENT_REQUEST',
  REFUSE: 'REFUSAL',
};

const messageOf = {
  RECEIVE: 'dossier.reception.received',
  REQUEST_SUPPLEMENT: 'dossier.reception.supplementRequested',
  REFUSE: 'dossier.reception.refused',
} as const;

/**
 * Straight after the counter's decision: what was recorded, and the slip to hand the applicant
 * ("In giấy tiếp nhận" after a reception) one click away.
 */
export function ReceptionNotice({ dossierId, outcome }: { dossierId: string; outcome: ReceptionOutcome }) {
  const { t } = useTranslation();
  const slip = useSlip(dossierId);
  const form = slipOf[outcome.decision];
  const name = t(`dossier.slip.${form}`);
  return (
    <Alert color={outcome.decision === 'REFUSE' ? 'orange' : 'green'} variant="light" role="status">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500}>
          {t(messageOf[outcome.decision], { code: outcome.code ?? '' })}
        </Text>
        <Group gap="xs">
          <Button size="sm" loading={slip.busy === form} onClick={() => slip.open(form)} data-autofocus>
            {outcome.decision === 'RECEIVE' ? t('dossier.slip.printReceipt') : t('dossier.slip.print', { name })}
          </Button>
          <Button size="sm" variant="default" disabled={slip.busy === form} onClick={() => slip.download(form)}>
            {t('dossier.slip.download', { name })}
          </Button>
        </Group>
      </Group>
      {slip.failed && (
        <Text size="sm" c="red.8" role="alert" mt="xs">
          {t(`dossier.slip.${slip.failed}`)}
        </Text>
      )}
    </Alert>
  );
}
