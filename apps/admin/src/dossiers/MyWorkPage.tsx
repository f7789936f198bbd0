import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { MyWorkQueueDocument, useQuery } from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { DossierTable } from './DossierTable';
import { useConnectionPages } from '../paging/useConnectionPages';

const pageSize = 20;

/**
 * /ho-so/cong-viec: the dossiers waiting for the signed-in officer at their current step, as the API
 * orders them (late first, then the soonest due), with the time left in words. An officer's home.
 */
export function MyWorkPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('dossier.work.heading')} · ${t('appTitle')}`);
  const query = useQuery(MyWorkQueueDocument, {
    variables: { first: pageSize },
    // Someone else may have taken or forwarded a dossier since: always ask again on arrival.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const work = useConnectionPages(query, query.data?.myWorkQueue);
  const late = work.nodes.filter((dossier) => dossier.deadline.timeliness === 'LATE').length;
  const dueSoon = work.nodes.filter(
    (dossier) => dossier.deadline.dueSoon && dossier.deadline.timeliness !== 'LATE',
  ).length;

  return (
    <Stack gap="md">
      <PageHeader title={t('dossier.work.heading')} description={t('dossier.work.intro')} />
      {work.error && !query.data ? (
        <LoadErrorAlert onRetry={work.retry} />
      ) : work.isInitialLoading ? (
        <LoadingState />
      ) : (
        <>
          <Group gap="sm" role="status">
            <Text fw={500}>{t('dossier.work.count', { total: work.totalCount })}</Text>
            {late > 0 && (
              <Badge color="red.8" variant="filled" tt="none">
                {t('dossier.work.lateCount', { count: late })}
              </Badge>
            )}
            {dueSoon > 0 && (
              <Badge color="orange.7" variant="filled" tt="none">
                {t('dossier.work.dueSoonCount', { count: dueSoon })}
              </Badge>
            )}
          </Group>
          {work.nodes.length === 0 ? (
            <EmptyResult title={t('dossier.work.empty')} />
          ) : (
            <DossierTable dossiers={work.nodes} label={t('dossier.work.tableLabel')} busy={work.busy} showRemaining />
          )}
          {work.loadMoreError && <LoadErrorAlert onRetry={() => void work.loadMore()} />}
          {work.hasNextPage && (
            <Group justify="flex-end">
              <Button variant="default" loading={work.isLoadingMore} onClick={() => void work.loadMore()}>
                {t('dossier.list.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
