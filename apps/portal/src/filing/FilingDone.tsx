import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CitizenDossierFragment } from '@motcua/graphql-client';
import { trackingPath } from '../dossiers/TrackDossierPage';
import { myDossierPath } from '../paths';

/** After sending: the dossier's code, and where to follow it. */
export function FilingDone({ dossier }: { dossier: CitizenDossierFragment }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" title={t('onlineFiling.done.title')} role="status">
      <Stack gap="sm">
        <Text size="sm">{t('onlineFiling.done.description')}</Text>
        {dossier.code && (
          <Text>
            {t('onlineFiling.done.code')}:{' '}
            <Text span ff="monospace" fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
              {dossier.code}
            </Text>
          </Text>
        )}
        {dossier.code && (
          <Anchor component={Link} to={trackingPath(dossier.code, dossier.applicant.idNumber)}>
            {t('onlineFiling.done.track')}
          </Anchor>
        )}
        <Anchor component={Link} to={myDossierPath(dossier.id)}>
          {t('onlineFiling.done.mine')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
