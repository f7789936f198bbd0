import { useState } from 'react';
import { Alert, Anchor, Button, DataList, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CitizenDossierDocument,
  DossierAttachmentsDocument,
  useQuery,
  type CitizenDossierFragment,
} from '@motcua/graphql-client';
import { LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { myDossierPath, onlineFilingPath, paths } from '../paths';
import { Fact } from '../procedure/Fact';
import { Section } from '../procedure/Section';
import { AnswerSupplementForm } from './AnswerSupplementForm';
import { DossierAttachmentsSection, ElectronicResult } from './DossierAttachments';
import { DossierFigures } from './DossierFigures';
import { trackingPath } from './TrackDossierPage';

/** The states in which the applicant owes the answer to a supplement request. */
const awaitingApplicant = new Set(['SUPPLEMENT_REQUESTED', 'AWAITING_RECEPTION_SUPPLEMENT']);

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.myDossiers} size="sm">
      ← {t('myDossiers.back')}
    </Anchor>
  );
}

function DossierContent({ dossier }: { dossier: CitizenDossierFragment }) {
  const { t } = useTranslation();
  const [answered, setAnswered] = useState(false);
  const openRequest = dossier.supplementRequests.findLast((request) => !request.answeredAt) ?? null;
  const canAnswer = openRequest !== null && awaitingApplicant.has(dossier.status);
  const attachmentsQuery = useQuery(DossierAttachmentsDocument, {
    variables: { dossierId: dossier.id },
    fetchPolicy: 'cache-and-network',
  });
  const attachments = attachmentsQuery.data?.dossier?.attachments ?? [];
  // The files sent for the open request: supplements uploaded since it was made.
  const supplementFiles = openRequest
    ? attachments.filter((file) => file.purpose === 'SUPPLEMENT' && file.uploadedAt >= openRequest.requestedAt)
    : [];
  return (
    <Stack gap="lg">
      <BackLink />
      <PageHeader title={dossier.code ?? t('dossier.status.DRAFT')} description={dossier.procedureName} />
      {dossier.status === 'DRAFT' && (
        <Alert color="blue" variant="light" role="note">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('myDossiers.draftNotice')}</Text>
            <Button component={Link} to={onlineFilingPath(dossier.procedureCode, dossier.id)} size="xs">
              {t('myDossiers.continue')}
            </Button>
          </Stack>
        </Alert>
      )}
      {answered && (
        <Alert color="green" variant="light" role="status">
          <Text size="sm">{t('myDossiers.answer.sent')}</Text>
        </Alert>
      )}
      <ElectronicResult dossier={dossier} attachments={attachments} />
      <DossierFigures
        figures={{ ...dossier, openSupplementRequest: openRequest }}
        supplementAction={
          canAnswer ? (
            <AnswerSupplementForm dossierId={dossier.id} files={supplementFiles} onSent={() => setAnswered(true)} />
          ) : undefined
        }
      />
      <Section id="dossier-applicant" title={t('myDossiers.applicant')}>
        <DataList size="sm" gap={6} labelWidth="min(12rem, 40%)" style={{ overflowWrap: 'anywhere' }}>
          <Fact label={t(`onlineFiling.applicant.kinds.${dossier.applicant.kind}`)}>{dossier.applicant.name}</Fact>
          <Fact
            label={t(
              dossier.applicant.kind === 'PERSON'
                ? 'onlineFiling.applicant.idNumber'
                : 'onlineFiling.applicant.enterpriseCode',
            )}
            mono
          >
            {dossier.applicant.idNumber}
          </Fact>
          <Fact label={t('onlineFiling.steps.delivery')}>
            {t(`onlineFiling.delivery.options.${dossier.resultDelivery}`)}
          </Fact>
        </DataList>
      </Section>
      <DossierAttachmentsSection
        dossier={dossier}
        attachments={attachments}
        failed={attachmentsQuery.error !== undefined}
      />
      {dossier.code && (
        <Anchor component={Link} to={trackingPath(dossier.code, dossier.applicant.idNumber)} size="sm">
          {t('onlineFiling.done.track')}
        </Anchor>
      )}
    </Stack>
  );
}

/** /ho-so-cua-toi/:id — one of the citizen's dossiers, and the answer to a supplement request. */
export function MyDossierPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const query = useQuery(CitizenDossierDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const dossier = query.data?.dossier;
  useDocumentTitle(`${dossier?.code ?? t('myDossiers.heading')} · ${t('appTitle')}`);

  if (query.error && !dossier) {
    return (
      <Stack gap="md">
        <BackLink />
        <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />
      </Stack>
    );
  }
  if (query.loading && !query.data) return <LoadingState />;
  if (!dossier) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageHeader title={t('myDossiers.notFound.title')} description={t('myDossiers.notFound.description')} />
      </Stack>
    );
  }
  return <DossierContent key={myDossierPath(dossier.id)} dossier={dossier} />;
}
