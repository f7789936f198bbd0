import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { EmptyResult, LoadErrorAlert, LoadingState } from '@motcua/ui';
import { ProcedureCardList } from './ProcedureCardList';
import { ProcedureTable } from './ProcedureTable';
import type { ProcedureSearchState } from './useProcedureSearch';

/** Below 600 px the results are cards; above, a table. Read synchronously to avoid a flash. */
const phoneQuery = '(max-width: 37.49em)';

/** The count, the results (or why there are none) and "Load more". */
export function ProcedureResults({ results }: { results: ProcedureSearchState }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(phoneQuery, false, { getInitialValueInEffect: false });
  const { procedures, totalCount, error } = results;

  // Not the previous search's rows under the new search's words: say it failed.
  if (error) return <LoadErrorAlert onRetry={results.retry} />;
  if (results.isInitialLoading) return <LoadingState />;

  const Results = isPhone ? ProcedureCardList : ProcedureTable;

  return (
    <Stack gap="sm">
      {/* A live region, so a screen reader hears how many procedures a search found. */}
      <Group gap="xs" role="status">
        <Text fw={600}>{t('results.found', { count: totalCount })}</Text>
        {results.isRefreshing && <Loader size="xs" aria-label={t('loading')} />}
      </Group>

      {totalCount === 0 ? (
        <EmptyResult title={t('results.emptyTitle')} description={t('results.emptyDescription')} />
      ) : (
        <Results procedures={procedures} busy={results.isRefreshing} />
      )}

      {results.loadMoreError && <LoadErrorAlert onRetry={() => void results.loadMore()} />}

      {procedures.length > 0 && (
        <Stack align="center" gap="xs" py="sm">
          <Text size="sm" c="dimmed">
            {t('results.shown', { shown: procedures.length, total: totalCount })}
          </Text>
          {results.hasNextPage && (
            <Button variant="light" onClick={() => void results.loadMore()} loading={results.isLoadingMore}>
              {t('results.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
