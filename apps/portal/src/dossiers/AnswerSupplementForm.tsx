import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  AnswerOwnSupplementDocument,
  showMutationFailure,
  useMutation,
  type AttachmentRowFragment,
} from '@motcua/graphql-client';
import { AttachmentUploadField } from '../attachments/AttachmentUploadField';
import { formatFileSize, maxAttachmentBytes } from '../attachments/attachmentFiles';

/**
 * The applicant's answer to the open supplement request (Mẫu 02): optional files (uploaded at once,
 * purpose SUPPLEMENT), then what they provided, in words. The answered dossier comes back with the
 * mutation and replaces the one shown, without this form.
 */
export function AnswerSupplementForm({
  dossierId,
  files,
  onSent,
}: {
  dossierId: string;
  /** The files already sent for the open request. */
  files: readonly AttachmentRowFragment[];
  onSent: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [answer] = useMutation(AnswerOwnSupplementDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { note: '' },
    validate: { note: (value) => (value.trim() ? null : t('myDossiers.answer.required')) },
  });

  async function send({ note }: { note: string }) {
    setFormError(null);
    try {
      await answer({ variables: { input: { dossierId, note: note.trim() } } });
      onSent();
    } catch (error) {
      showMutationFailure(form, error, {
        language: i18n.resolvedLanguage,
        fallback: t('onlineFiling.unavailable'),
        setFormError,
      });
    }
  }

  return (
    <form onSubmit={form.onSubmit(send)} noValidate aria-label={t('myDossiers.answer.heading')}>
      <Stack gap="sm">
        <Text fw={600}>{t('myDossiers.answer.heading')}</Text>
        {formError && (
          <Alert color="red" variant="light" title={t('myDossiers.answer.failed')}>
            <Text size="sm">{formError}</Text>
          </Alert>
        )}
        <AttachmentUploadField
          dossierId={dossierId}
          purpose="SUPPLEMENT"
          label={t('myDossiers.answer.files')}
          description={t('myDossiers.answer.filesHint', {
            max: formatFileSize(maxAttachmentBytes, i18n.resolvedLanguage),
          })}
          files={files}
          canRemove={false}
        />
        <Textarea
          key={form.key('note')}
          {...form.getInputProps('note')}
          label={t('myDossiers.answer.note')}
          description={t('myDossiers.answer.noteHint')}
          required
          autosize
          minRows={3}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('myDossiers.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
