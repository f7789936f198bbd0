import { useState } from 'react';
import { ActionIcon, FileInput, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  readFaults,
  readMutationFailure,
  RemoveAttachmentDocument,
  UploadAttachmentDocument,
  useMutation,
  type AttachmentPurpose,
  type AttachmentRowFragment,
} from '@motcua/graphql-client';
import { AttachmentDownload } from './AttachmentDownload';
import { acceptedFiles, formatFileSize, maxAttachmentBytes, readAttachment } from './attachmentFiles';

/** The input fields of `UploadAttachmentInput` whose faults belong beside the file picker. */
const fileFields = new Set(['contentBase64', 'mediaType', 'fileName', 'documentIndex']);

/**
 * A file picker that uploads at once: the file is checked in the browser first (type from its
 * first bytes, size), then sent as base64 (`uploadAttachment`). The files already there are listed
 * below with their size, a download link and, where the API allows it, a remove button. Progress
 * and the outcome are announced in a live region; a refusal is shown beside the picker as an alert.
 */
export function AttachmentUploadField({
  dossierId,
  purpose,
  documentIndex,
  label,
  description,
  files,
  canRemove,
  onUploaded,
  onRemoved,
}: {
  dossierId: string;
  purpose: AttachmentPurpose;
  documentIndex?: number;
  label: string;
  description?: string;
  files: readonly AttachmentRowFragment[];
  canRemove: boolean;
  onUploaded?: (attachment: AttachmentRowFragment) => void;
  onRemoved?: (remaining: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [upload] = useMutation(UploadAttachmentDocument);
  const [remove] = useMutation(RemoveAttachmentDocument);
  const [pending, setPending] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const maxSize = formatFileSize(maxAttachmentBytes, language);

  /** The API's refusal, in the reader's language: every fault of the file, or why nothing came back. */
  function refusal(caught: unknown): string {
    const faults = readFaults(caught, language)
      .filter((fault) => fileFields.has(fault.field))
      .map((fault) => fault.message);
    if (faults.length > 0) return faults.join(' ');
    const read = readMutationFailure(caught, {
      language,
      fallback: t('onlineFiling.unavailable'),
      formFields: (field) => (fileFields.has(field) ? field : null),
    });
    return [...Object.values(read.fieldErrors), read.formError].filter(Boolean).join(' ');
  }

  async function pick(file: File | null) {
    if (!file || pending) return;
    setError(null);
    setPending(file);
    setStatus(t('attachments.checking', { name: file.name }));
    try {
      const checked = await readAttachment(file);
      if (!checked.ok) {
        const message = t(`attachments.errors.${checked.problem}`, { name: file.name, max: maxSize });
        setError(message);
        setStatus('');
        return;
      }
      setStatus(t('attachments.uploading', { name: file.name }));
      const { data } = await upload({
        variables: {
          input: {
            dossierId,
            purpose,
            documentIndex: documentIndex ?? null,
            fileName: checked.fileName,
            mediaType: checked.mediaType,
            contentBase64: checked.contentBase64,
          },
        },
      });
      const attachment = data?.uploadAttachment.attachment;
      if (attachment) {
        setStatus(t('attachments.uploaded', { name: attachment.fileName }));
        onUploaded?.(attachment);
      }
    } catch (caught) {
      const message = caught instanceof DOMException ? t('attachments.errors.unreadable') : refusal(caught);
      setError(message);
      setStatus('');
    } finally {
      setPending(null);
    }
  }

  async function removeFile(attachment: AttachmentRowFragment) {
    if (removing) return;
    setError(null);
    setRemoving(attachment.id);
    try {
      await remove({ variables: { id: attachment.id } });
      setStatus(t('attachments.removed', { name: attachment.fileName }));
      onRemoved?.(files.length - 1);
    } catch (caught) {
      const message = refusal(caught);
      setError(message);
      setStatus('');
    } finally {
      setRemoving(null);
    }
  }

  return (
    <Stack gap={6}>
      <FileInput
        label={label}
        description={description ?? t('attachments.hint', { max: maxSize })}
        placeholder={t('attachments.placeholder')}
        accept={acceptedFiles}
        value={pending}
        onChange={(file) => void pick(file)}
        aria-busy={pending !== null}
        error={error}
        errorProps={{ role: 'alert' }}
        styles={{ label: { overflowWrap: 'anywhere' } }}
      />
      {files.length > 0 && (
        <Stack
          component="ul"
          gap={4}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('attachments.listOf', { label })}
        >
          {files.map((file) => (
            <Group component="li" key={file.id} gap="xs" wrap="nowrap" justify="space-between">
              <Group gap={6} wrap="wrap" style={{ minWidth: 0 }}>
                <AttachmentDownload dossierId={dossierId} attachment={file} />
                <Text size="xs" c="dimmed">
                  {formatFileSize(file.sizeBytes, language)}
                </Text>
              </Group>
              {canRemove && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => void removeFile(file)}
                  loading={removing === file.id}
                  aria-label={t('attachments.remove', { name: file.fileName })}
                >
                  <span aria-hidden="true">✕</span>
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </Text>
    </Stack>
  );
}
