import { Alert, Card, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureTerms } from '../procedure/types';
import type { FilingForm } from './ApplicantStep';

/**
 * Thành phần hồ sơ: for each document of the version, whether the applicant hands it in, lets the
 * office read it from a national database (only where the procedure allows), or brings it later.
 * Uploading files is not built yet, and the note says so.
 */
export function DocumentsStep({ form, documents }: { form: FilingForm; documents: ProcedureTerms['documents'] }) {
  const { t } = useTranslation();
  if (documents.length === 0) return <Text>{t('onlineFiling.documents.none')}</Text>;
  return (
    <Stack gap="md">
      <Text size="sm">{t('onlineFiling.documents.intro')}</Text>
      <Alert color="gray" variant="light" role="note">
        <Text size="sm">{t('onlineFiling.documents.uploadNote')}</Text>
      </Alert>
      {documents.map((document, index) => (
        <Card key={index} withBorder padding="sm">
          <Radio.Group
            {...form.getInputProps(`documents.${index}.source`)}
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
        </Card>
      ))}
    </Stack>
  );
}
