import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { isForbidden, readMutationFailure, RevokeApiClientDocument, useMutation } from '@motcua/graphql-client';
import { EmptyResult, ForbiddenPage, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { useMutationFailure } from '../forms/useMutationFailure';
import { ApiClientsTable } from './ApiClientsTable';
import { CreateApiClientForm } from './CreateApiClientForm';
import { NewApiKey } from './NewApiKey';
import { useApiClients, type ApiClientRow } from './useApiClients';

function RevokeConfirmation({ client, onDone }: { client: ApiClientRow; onDone: (revoked: boolean) => void }) {
  const { t } = useTranslation();
  const [revoke, { loading }] = useMutation(RevokeApiClientDocument);
  const failure = useMutationFailure();
  const confirm = async () => {
    try {
      await revoke({ variables: { id: client.id } });
      onDone(true);
    } catch (caught) {
      failure.show(caught);
    }
  };
  return (
    <Stack gap="md">
      <Text size="sm">{t('apiClients.revokeConfirm.description', { name: client.name })}</Text>
      {failure.message && (
        <Alert color="red" variant="light">
          <Text size="sm">{failure.message}</Text>
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => onDone(false)} data-autofocus>
          {t('form.cancel')}
        </Button>
        <Button color="red.9" loading={loading} onClick={() => void confirm()}>
          {t('apiClients.revokeConfirm.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** /khoa-api: keys for third-party agencies' systems. System administrators only. */
export function ApiClientsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('apiClients.heading')} · ${t('appTitle')}`);
  const list = useApiClients();
  const [creating, setCreating] = useState(false);
  // Kept in the modal's state only, never in the cache: it disappears when the modal closes.
  const [newKey, setNewKey] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiClientRow | null>(null);
  const refetch = () => void list.refetch().catch(() => undefined);
  const closeCreate = () => {
    setCreating(false);
    setNewKey(null);
  };

  if (isForbidden(list.error)) return <ForbiddenPage />;

  return (
    <Stack gap="md">
      <PageHeader title={t('apiClients.heading')} description={t('apiClients.intro')} />
      <Group justify="flex-end">
        <Button onClick={() => setCreating(true)}>{t('apiClients.create')}</Button>
      </Group>
      {list.error ? (
        <LoadErrorAlert onRetry={refetch} />
      ) : list.loading ? (
        <LoadingState />
      ) : list.clients.length === 0 ? (
        <EmptyResult title={t('apiClients.empty')} />
      ) : (
        <ApiClientsTable clients={list.clients} onRevoke={setRevoking} />
      )}

      <Modal
        opened={creating}
        onClose={closeCreate}
        title={newKey ? t('apiClients.created.title') : t('apiClients.form.title')}
        size="lg"
        // Closing by a stray click outside would lose a key that is never shown again.
        closeOnClickOutside={!newKey}
      >
        {newKey ? (
          <NewApiKey apiKey={newKey} onDone={closeCreate} />
        ) : (
          <CreateApiClientForm
            onCancel={closeCreate}
            onCreated={(apiKey) => {
              setNewKey(apiKey);
              refetch();
            }}
          />
        )}
      </Modal>
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t('apiClients.revokeConfirm.title')}>
        {revoking && (
          <RevokeConfirmation
            client={revoking}
            onDone={(revoked) => {
              setRevoking(null);
              if (revoked) refetch();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
