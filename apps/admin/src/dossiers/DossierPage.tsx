import { useState } from 'react';
import { Alert, Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DossierDocument, isForbidden, useQuery, type DossierAction } from '@motcua/graphql-client';
import { DossierStatusBadge, ForbiddenPage, LoadErrorAlert, LoadingState } from '@motcua/ui';
import { paths } from '../paths';
import { DossierActions } from './actions/DossierActions';
import { DossierAttachments } from './DossierAttachments';
import {
  DeadlineCard,
  DocumentsTable,
  DossierFacts,
  DossierRecords,
  DossierTimeline,
  Section,
  StepsTable,
} from './DossierSections';
import { ReceptionNotice } from './ReceptionNotice';
import type { ReceptionOutcome } from './ReceptionPage';
import { SlipButtons } from './SlipButtons';
import { applicableSlips } from './slips';

/**
 * /ho-so/:id: one dossier. Who and what, the deadline, the control slip's steps, the checklist, the
 * requests and the result, the timeline; beside them the actions the API allows the caller now and
 * the slips that apply. Every action refetches the dossier.
 */
export function DossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const reception = (location.state as { reception?: ReceptionOutcome } | null)?.reception;
  const [done, setDone] = useState<DossierAction | null>(null);
  const query = useQuery(DossierDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const dossier = query.data?.dossier;
  useDocumentTitle(`${dossier?.code ?? t('dossier.list.heading')} · ${t('appTitle')}`);

  if (query.error && !dossier) {
    if (isForbidden(query.error)) return <ForbiddenPage />;
    return <LoadErrorAlert onRetry={() => void query.refetch()} />;
  }
  if (!query.data) return <LoadingState />;
  if (!dossier) {
    return (
      <Stack gap="sm">
        <Alert color="yellow" variant="light">
          {t('dossier.page.notFound')}
        </Alert>
        <Anchor component={Link} to={paths.dossiers}>
          {t('dossier.page.back')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={paths.dossiers} size="sm">
          {t('dossier.page.back')}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1} ff="monospace" fz={{ base: 'h3', sm: 'h2' }} data-testid="dossier-code">
            {dossier.code ?? t('dossier.noCode')}
          </Title>
          <DossierStatusBadge status={dossier.status} nationalStatusCode={dossier.nationalStatusCode} size="lg" />
        </Group>
        <Text c="dimmed">{dossier.procedureName}</Text>
      </Stack>
      {reception && <ReceptionNotice dossierId={dossier.id} outcome={reception} />}
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(null)}>
          {t('dossier.page.done', { action: t(`dossier.action.${done}`) })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <DossierFacts dossier={dossier} />
            {dossier.steps.length > 0 && (
              <Section id="dossier-steps" title={t('dossier.page.steps')}>
                <StepsTable dossier={dossier} />
              </Section>
            )}
            <Section id="dossier-documents" title={t('dossier.page.documents')}>
              <DocumentsTable dossier={dossier} />
            </Section>
            <DossierAttachments dossier={dossier} />
            <DossierRecords dossier={dossier} />
            <Section id="dossier-timeline" title={t('dossier.page.timeline')}>
              <DossierTimeline dossier={dossier} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <DossierActions
              dossier={dossier}
              allowed={dossier.allowedActions}
              onDone={(action) => {
                setDone(action);
                void query.refetch();
              }}
            />
            <DeadlineCard dossier={dossier} />
            <SlipButtons dossierId={dossier.id} forms={applicableSlips(dossier)} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
