import { Card, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DossierAttachmentsDocument, skipToken, useQuery } from '@motcua/graphql-client';
import { AttachmentUploadField } from '../attachments/AttachmentUploadField';
import type { ProcedureTerms } from '../procedure/types';
import type { FilingForm } from './ApplicantStep';

/**
 * Thành phần hồ sơ: for each document of the version, whether the applicant hands it in, lets the
 * office read it from a national database (only where the procedure allows), or brings it later,
 * and the files of it uploaded to the draft (which exists from the first step). Uploading a file
 * ticks the document as handed in; the choice is saved with the draft when the step changes.
 */
export function DocumentsStep({
  form,
  documents,
  dossierId,
}: {
  form: FilingForm;
  documents: ProcedureTerms['documents'];
  dossierId: string | null;
}) {
  const { t } = useTranslation();
  const attachments = useQuery(
    DossierAttachmentsDocument,
    dossierId ? { variables: { dossierId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const files = attachments.data?.dossier?.attachments ?? [];
  if (documents.length === 0) return <Text>{t('onlineFiling.documents.none')}</Text>;
  return (
    <Stack gap="md">
      <Text size="sm">{t('onlineFiling.documents.intro')}</Text>
      {documents.map((document, index) => {
        const sourcePath = `documents.${index}.source` as const;
        const source = form.getValues().documents[index]?.source;
        return (
          <Card key={index} withBorder padding="sm" role="group" aria-label={document.name}>
            <Stack gap="sm">
              <Radio.Group
                {...form.getInputProps(sourcePath)}
                label={document.name}
                description={t('onlineFiling.documents.copies', {
                  originals: document.originals,
                  copies: document.copies,
                })}
                styles={{ label: { overflowWrap: 'anywhere' } }}
              >
                <Stack gap={8} mt="xs">
                  <Radio value="ATTACHED" label={t('onlineFiling.documents.attached')} />
                  {document.fromNationalDatabase && (
                    <Radio value="NATIONAL_DATABASE" label={t('onlineFiling.documents.fromNationalDatabase')} />
                  )}
                  <Radio value="LATER" label={t('onlineFiling.documents.later')} />
                </Stack>
              </Radio.Group>
              {dossierId && source !== 'NATIONAL_DATABASE' && (
                <AttachmentUploadField
                  dossierId={dossierId}
                  purpose="DOCUMENT"
                  documentIndex={index}
                  label={t('onlineFiling.documents.file')}
                  files={files.filter((file) => file.purpose === 'DOCUMENT' && file.documentIndex === index)}
                  canRemove
                  onUploaded={() => form.setFieldValue(sourcePath, 'ATTACHED')}
                />
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
