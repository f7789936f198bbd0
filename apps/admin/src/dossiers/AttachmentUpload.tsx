import { Button, FileInput, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  UploadAttachmentDocument,
  useMutation,
  type AttachmentPurpose,
  type DossierDetailFragment,
  type DossierStatus,
} from '@motcua/graphql-client';
import { FormFailureAlert } from '../forms/FormFooter';
import { useFaultFailure } from './faults';
import { base64Of } from './files';
import { useReceptionAgencies } from './receptionGrants';

/** What the API accepts: PDF, JPEG or PNG, at most 10 MB before encoding. */
const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
const maxBytes = 10 * 1024 * 1024;
const atReception: DossierStatus[] = ['SUBMITTED', 'AWAITING_RECEPTION_SUPPLEMENT', 'RECEIVED'];

/** The media type of a chosen file, from its extension (the browser's guess is not always there); null if refused. */
function mediaTypeOf(file: File): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return mediaTypes[extension] ?? null;
}

/** The kinds of file the officer may add now, by the same rules as the API's (attachments/permissions.ts). */
export function useUploadPurposes(dossier: DossierDetailFragment): AttachmentPurpose[] {
  const receptionAgencies = useReceptionAgencies();
  const purposes: AttachmentPurpose[] = [];
  if (
    atReception.includes(dossier.status) &&
    receptionAgencies.some((agency) => agency.value === dossier.receivingAgency.id)
  )
    purposes.push('DOCUMENT');
  if (dossier.allowedActions.includes('RECORD_SUPPLEMENT')) purposes.push('SUPPLEMENT');
  if (dossier.allowedActions.includes('RESOLVE')) purposes.push('RESULT');
  return purposes;
}

interface UploadValues {
  purpose: AttachmentPurpose;
  documentIndex: string | null;
  file: File | null;
}

/** Where the API's fields go in the form: the file's name, type and content all belong to the file input. */
function placeField(path: string): string | null {
  if (['contentBase64', 'mediaType', 'fileName'].includes(path)) return 'file';
  if (path === 'documentIndex' || path === 'purpose') return path;
  return null;
}

/**
 * "Tải lên tệp": a scanned document at the counter, a supplement, or the electronic result, checked
 * here for type and size before it is sent as base64; the API's refusal shows beside the field.
 */
export function AttachmentUpload({
  dossier,
  purposes,
  onUploaded,
}: {
  dossier: DossierDetailFragment;
  purposes: AttachmentPurpose[];
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const [upload, { loading }] = useMutation(UploadAttachmentDocument);
  const form = useForm<UploadValues>({
    mode: 'controlled',
    initialValues: { purpose: purposes[0]!, documentIndex: null, file: null },
    validate: {
      documentIndex: (value, values) =>
        values.purpose === 'DOCUMENT' && value === null ? t('dossier.upload.errors.documentRequired') : null,
      file: (value) => {
        if (!value) return t('dossier.upload.errors.fileRequired');
        if (!mediaTypeOf(value)) return t('dossier.upload.errors.type');
        if (value.size > maxBytes) return t('dossier.upload.errors.size');
        if (value.size === 0) return t('dossier.upload.errors.empty');
        return null;
      },
    },
  });
  const failure = useFaultFailure(form, placeField);
  const purpose = purposes.includes(form.values.purpose) ? form.values.purpose : purposes[0]!;

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    const file = values.file!;
    try {
      await upload({
        variables: {
          input: {
            dossierId: dossier.id,
            purpose,
            documentIndex: purpose === 'DOCUMENT' ? Number(values.documentIndex) : null,
            fileName: file.name,
            mediaType: mediaTypeOf(file)!,
            contentBase64: await base64Of(file),
          },
        },
      });
      form.setFieldValue('file', null);
      onUploaded();
    } catch (error) {
      failure.show(error);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('dossier.upload.heading')}>
      <Stack gap="sm">
        <Select
          label={t('dossier.upload.purpose')}
          data={purposes.map((value) => ({ value, label: t(`dossier.page.attachment.${value}`) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('purpose')}
          value={purpose}
        />
        {purpose === 'DOCUMENT' && (
          <Select
            label={t('dossier.upload.document')}
            placeholder={t('dossier.upload.documentPlaceholder')}
            data={dossier.documents.map((document) => ({
              value: String(document.index),
              label: `${document.index + 1}. ${document.name}`,
            }))}
            required
            searchable
            {...form.getInputProps('documentIndex')}
          />
        )}
        <FileInput
          label={t('dossier.upload.file')}
          description={t('dossier.upload.fileHint')}
          placeholder={t('dossier.upload.filePlaceholder')}
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          clearable
          required
          {...form.getInputProps('file')}
        />
        <FormFailureAlert message={failure.message} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('dossier.upload.submit')}
        </Button>
      </Stack>
    </form>
  );
}
