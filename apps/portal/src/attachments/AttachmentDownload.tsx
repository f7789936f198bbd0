import { useState } from 'react';
import { Anchor, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentContentDocument, useApolloClient, type AttachmentRowFragment } from '@motcua/graphql-client';
import { base64ToBytes } from '@motcua/ui';

/** Saves the bytes under the file's own name, through an object URL freed once the browser has it. */
function saveFile(bytes: Uint8Array<ArrayBuffer>, fileName: string, mediaType: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A file's name that downloads it: the content is asked for only on click (`AttachmentContent`),
 * turned into a Blob and saved under the uploaded name. `prominent` draws it as a button.
 */
export function AttachmentDownload({
  dossierId,
  attachment,
  prominent = false,
}: {
  dossierId: string;
  attachment: AttachmentRowFragment;
  prominent?: boolean;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download() {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      const { data } = await client.query({
        query: AttachmentContentDocument,
        variables: { dossierId, attachmentId: attachment.id },
        fetchPolicy: 'no-cache',
      });
      const file = data?.dossier?.attachments[0];
      if (!file) throw new Error('not found');
      saveFile(base64ToBytes(file.contentBase64), file.fileName, file.mediaType);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const label = t('attachments.download', { name: attachment.fileName });
  return (
    <>
      {prominent ? (
        <Button
          onClick={() => void download()}
          loading={busy}
          aria-label={label}
          styles={{ label: { whiteSpace: 'normal' } }}
        >
          {attachment.fileName}
        </Button>
      ) : (
        <Anchor
          component="button"
          type="button"
          onClick={() => void download()}
          aria-label={label}
          aria-busy={busy}
          size="sm"
          ta="left"
          style={{ overflowWrap: 'anywhere' }}
        >
          {attachment.fileName}
        </Anchor>
      )}
      {failed && (
        <Text size="xs" c="red" role="alert">
          {t('attachments.downloadFailed')}
        </Text>
      )}
    </>
  );
}
