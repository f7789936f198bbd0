import { Button, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { CombinedGraphQLErrors } from '@motcua/graphql-client';
import { EmptyResult, ForbiddenPage, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { AccountsTable } from './AccountsTable';
import { useAccounts } from './useAccounts';

/** A role taken away while the page was open: the API's word, shown as the 403 page. */
function isForbidden(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'FORBIDDEN');
}

/** /tai-khoan: every sign-in account and its roles. System administrators only. */
export function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('accounts.heading')} · ${t('appTitle')}`);
  const list = useAccounts();

  if (isForbidden(list.error)) return <ForbiddenPage />;

  return (
    <Stack gap="md">
      <PageHeader title={t('accounts.heading')} description={t('accounts.intro')} />
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
          <AccountsTable accounts={list.accounts} />
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
    </Stack>
  );
}
