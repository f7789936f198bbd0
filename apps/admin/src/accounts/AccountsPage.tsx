import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { UnlockAccountDocument, useMutation } from '@motcua/graphql-client';
import { EmptyResult, ForbiddenPage, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { useMutationFailure } from '../forms/useMutationFailure';
import { isForbidden } from '@motcua/graphql-client';
import { AccountsTable } from './AccountsTable';
import { CreateStaffAccountForm } from './CreateStaffAccountForm';
import { EditRolesForm } from './EditRolesForm';
import { useAccounts, type AccountRow } from './useAccounts';

/** Lifting a lockout straight from the table: nothing to fill in, and nothing lost if done by mistake. */
function useUnlock(onUnlocked: (account: AccountRow) => void) {
  const [unlockAccount] = useMutation(UnlockAccountDocument);
  const [unlockingId, setUnlockingId] = useState<string | null>(null);
  const failure = useMutationFailure();
  const unlock = async (account: AccountRow) => {
    failure.clear();
    setUnlockingId(account.id);
    try {
      // The answer carries the cleared `lockedUntil`, which the cache puts in the row.
      await unlockAccount({ variables: { accountId: account.id } });
      onUnlocked(account);
    } catch (error) {
      failure.show(error);
    } finally {
      setUnlockingId(null);
    }
  };
  return { unlock, unlockingId, error: failure.message };
}

/** /tai-khoan: every sign-in account and its roles. System administrators only. */
export function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('accounts.heading')} · ${t('appTitle')}`);
  const list = useAccounts();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AccountRow | null>(null);
  // Said once after a change, in a live region, since the modal that had focus is gone.
  const [announcement, setAnnouncement] = useState('');
  const unlock = useUnlock((account) => setAnnouncement(t('accounts.unlocked', { username: account.username })));

  if (isForbidden(list.error)) return <ForbiddenPage />;

  return (
    <Stack gap="md">
      <PageHeader title={t('accounts.heading')} description={t('accounts.intro')} />
      <Group justify="space-between" align="center">
        <Text role="status" size="sm" fw={500}>
          {announcement}
        </Text>
        <Button onClick={() => setCreating(true)}>{t('accounts.create')}</Button>
      </Group>
      {unlock.error && (
        <Alert color="red" variant="light" title={t('accounts.unlockFailed')}>
          <Text size="sm">{unlock.error}</Text>
        </Alert>
      )}
      {list.error ? (
        <LoadErrorAlert onRetry={list.retry} />
      ) : list.isInitialLoading ? (
        <LoadingState />
      ) : list.totalCount === 0 ? (
        <EmptyResult title={t('accounts.empty')} />
      ) : (
        <>
          <Text fw={600} role="status">
            {t('accounts.count', { count: list.totalCount })}
          </Text>
          <AccountsTable
            accounts={list.accounts}
            onEditRoles={setEditing}
            onUnlock={(account) => void unlock.unlock(account)}
            unlockingId={unlock.unlockingId}
          />
          {list.loadMoreError && <LoadErrorAlert onRetry={() => void list.loadMore()} />}
          <Stack align="center" gap="xs" py="sm">
            <Text size="sm" c="dimmed">
              {t('accounts.shown', { shown: list.accounts.length, total: list.totalCount })}
            </Text>
            {list.hasNextPage && (
              <Button variant="light" onClick={() => void list.loadMore()} loading={list.isLoadingMore}>
                {t('accounts.loadMore')}
              </Button>
            )}
          </Stack>
        </>
      )}

      <Modal opened={creating} onClose={() => setCreating(false)} title={t('accounts.createForm.title')} size="lg">
        <CreateStaffAccountForm
          onCancel={() => setCreating(false)}
          onCreated={(username) => {
            setCreating(false);
            setAnnouncement(t('accounts.created', { username }));
            // A new row may belong on any page (the list is in username order): start again from the first.
            list.retry();
          }}
        />
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('accounts.rolesForm.title')} size="lg">
        {editing && (
          <EditRolesForm
            account={editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setAnnouncement(t('accounts.rolesSaved', { name: editing.displayName }));
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
