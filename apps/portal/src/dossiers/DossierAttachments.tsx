import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttachmentRowFragment, CitizenDossierFragment } from '@motcua/graphql-client';
import { formatDateTime } from '@motcua/ui';
import { AttachmentDownload } from '../attachments/AttachmentDownload';
import { formatFileSize } from '../attachments/attachmentFiles';
import { Section } from '../procedure/Section';

/** The states in which the result the agency uploaded is the citizen's to download. */
const finished = new Set(['RESOLVED', 'RETURNED']);

/** The agency's result files, once the dossier is resolved: what the citizen came for, shown first. */
export function ElectronicResult({
  dossier,
  attachments,
}: {
  dossier: CitizenDossierFragment;
  attachments: readonly AttachmentRowFragment[];
}) {
  const { t } = useTranslation();
  const results = attachments.filter((file) => file.purpose === 'RESULT');
  if (!finished.has(dossier.status) || results.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      bg="var(--mantine-color-green-light)"
      component="section"
      aria-labelledby="electronic-result"
    >
      <Stack gap="sm" align="flex-start">
        <Title order={2} fz="h3" id="electronic-result">
          {t('myDossiers.electronicResult.heading')}
        </Title>
        <Text size="sm">{t('myDossiers.electronicResult.description')}</Text>
        {results.map((file) => (
          <AttachmentDownload key={file.id} dossierId={dossier.id} attachment={file} prominent />
        ))}
      </Stack>
    </Paper>
  );
}

/** Every file of the dossier, oldest first: what it is for, its size and when, each downloadable. */
export function DossierAttachmentsSection({
  dossier,
  attachments,
  failed,
}: {
  dossier: CitizenDossierFragment;
  attachments: readonly AttachmentRowFragment[];
  failed: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const documentName = (index: number | null) =>
    index === null ? null : (dossier.documents.find((document) => document.index === index)?.name ?? null);
  return (
    <Section id="dossier-attachments" title={t('myDossiers.attachments.heading')}>
      {failed && attachments.length === 0 ? (
        <Alert color="yellow" variant="light" role="alert">
          <Text size="sm">{t('myDossiers.attachments.loadFailed')}</Text>
        </Alert>
      ) : attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('myDossiers.attachments.none')}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('myDossiers.attachments.listLabel')}
        >
          {attachments.map((file) => {
            const about = documentName(file.documentIndex);
            return (
              <li key={file.id}>
                <Stack gap={2}>
                  <AttachmentDownload dossierId={dossier.id} attachment={file} />
                  <Group gap="xs" wrap="wrap">
                    <Text size="xs" c="dimmed">
                      {t(`myDossiers.attachments.purpose.${file.purpose}`)}
                      {about ? `: ${about}` : ''}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatFileSize(file.sizeBytes, language)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('myDossiers.attachments.uploadedAt', { date: formatDateTime(file.uploadedAt, language) })}
                    </Text>
                  </Group>
                </Stack>
              </li>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
