import { useState } from 'react';
import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AttachmentContentDocument,
  DossierAttachmentsDocument,
  useApolloClient,
  useQuery,
  type DossierDetailFragment,
} from '@motcua/graphql-client';
import { formatDateTime } from '@motcua/ui';
import { AttachmentUpload, useUploadPurposes } from './AttachmentUpload';
import { saveFile } from './files';
import { Section } from './DossierSections';

/** "1,2 MB", "340 kB": a file's size as people read it. */
function sizeInWords(bytes: number, language: string | undefined): string {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  return bytes >= 1_000_000 ? `${number.format(bytes / 1_000_000)} MB` : `${number.format(bytes / 1000)} kB`;
}

/**
 * The dossier's files (documents uploaded or scanned, supplements, the result), each downloadable,
 * and "Tải lên tệp" for the kinds the officer may add now. Nothing when there are none and nothing
 * may be added; the contents are fetched only for the file asked for.
 */
export function DossierAttachments({ dossier }: { dossier: DossierDetailFragment }) {
  const dossierId = dossier.id;
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const client = useApolloClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [uploaded, setUploaded] = useState(false);
  const purposes = useUploadPurposes(dossier);
  const query = useQuery(DossierAttachmentsDocument, { variables: { dossierId }, fetchPolicy: 'cache-and-network' });
  const attachments = query.data?.dossier?.attachments ?? [];
  if (attachments.length === 0 && purposes.length === 0) return null;

  async function download(attachmentId: string) {
    setBusy(attachmentId);
    setFailed(false);
    try {
      const { data } = await client.query({
        query: AttachmentContentDocument,
        variables: { dossierId, attachmentId },
        fetchPolicy: 'no-cache',
      });
      const file = data?.dossier?.attachments[0];
      if (file?.contentBase64) saveFile({ ...file, contentBase64: file.contentBase64 });
      else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Section id="dossier-attachments" title={t('dossier.page.attachments')}>
      {purposes.length > 0 && (
        <Group justify="flex-end">
          <Button
            variant={uploading ? 'default' : 'light'}
            size="xs"
            aria-expanded={uploading}
            onClick={() => {
              setUploading(!uploading);
              setUploaded(false);
            }}
          >
            {uploading ? t('form.cancel') : t('dossier.upload.heading')}
          </Button>
        </Group>
      )}
      {uploading && purposes.length > 0 && (
        <AttachmentUpload
          dossier={dossier}
          purposes={purposes}
          onUploaded={() => {
            setUploading(false);
            setUploaded(true);
            void query.refetch().catch(() => undefined);
          }}
        />
      )}
      {uploaded && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setUploaded(false)}>
          {t('dossier.upload.done')}
        </Alert>
      )}
      {attachments.length > 0 && (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table aria-label={t('dossier.page.attachments')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dossier.page.attachment.name')}</Table.Th>
                <Table.Th scope="col">{t('dossier.page.attachment.purpose')}</Table.Th>
                <Table.Th scope="col">{t('dossier.page.attachment.uploaded')}</Table.Th>
                <Table.Th scope="col">{t('dossier.page.attachment.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attachments.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>
                    <Text size="sm">{attachment.fileName}</Text>
                    <Text size="xs" c="dimmed">
                      {sizeInWords(attachment.sizeBytes, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t(`dossier.page.attachment.${attachment.purpose}`)}
                    {attachment.documentIndex != null && ` ${attachment.documentIndex + 1}`}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(attachment.uploadedAt, language)}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      loading={busy === attachment.id}
                      aria-label={t('dossier.slip.download', { name: attachment.fileName })}
                      onClick={() => void download(attachment.id)}
                    >
                      {t('dossier.slip.downloadShort')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {failed && (
        <Alert color="red" variant="light" role="alert">
          {t('dossier.page.attachment.failed')}
        </Alert>
      )}
    </Section>
  );
}
