import { useEffect, useState } from 'react';
import { Button, Group, Modal, MultiSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DossiersDocument, useQuery, useSession, type DossierStatus } from '@motcua/graphql-client';
import {
  dossierStatuses,
  dossierStatusName,
  EmptyResult,
  LoadErrorAlert,
  LoadingState,
  PageHeader,
  SearchIcon,
} from '@motcua/ui';
import { DossierTable } from './DossierTable';
import { TrackingBookForm } from './TrackingBookForm';
import { useConnectionPages } from '../paging/useConnectionPages';

/** Rows per request; "Xem thêm" asks for the next page of the same size. */
const pageSize = 20;

/** The filters' names in the address, so a filtered list can be bookmarked, shared and reloaded. */
const searchParam = 'q';
const statusParam = 'trang-thai';

/** /ho-so: every dossier the caller may see, filtered by state and by code or applicant. */
export function DossierListPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('dossier.list.heading')} · ${t('appTitle')}`);
  const [params, setParams] = useSearchParams();
  const search = params.get(searchParam) ?? '';
  const statuses = params
    .getAll(statusParam)
    .filter((value): value is DossierStatus => (dossierStatuses as string[]).includes(value));
  const [typed, setTyped] = useState(search);
  const [debounced] = useDebouncedValue(typed, 300);
  const { hasRole } = useSession();
  const [bookOpen, setBookOpen] = useState(false);

  // The typed search reaches the address (and the query) once the typing pauses.
  useEffect(() => {
    if (debounced.trim() === search) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debounced.trim()) next.set(searchParam, debounced.trim());
        else next.delete(searchParam);
        return next;
      },
      { replace: true },
    );
  }, [debounced, search, setParams]);

  function setStatuses(values: string[]) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(statusParam);
        for (const value of values) next.append(statusParam, value);
        return next;
      },
      { replace: true },
    );
  }

  const query = useQuery(DossiersDocument, {
    variables: {
      first: pageSize,
      filter: { search: search || null, statuses: statuses.length > 0 ? statuses : null },
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const list = useConnectionPages(query, query.data?.dossiers ?? query.previousData?.dossiers);

  return (
    <Stack gap="md">
      <PageHeader title={t('dossier.list.heading')} description={t('dossier.list.intro')} />
      {hasRole('RECEPTION_OFFICER') && (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setBookOpen(true)}>
            {t('dossier.book.open')}
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="search"
          label={t('dossier.list.search')}
          placeholder={t('dossier.list.searchPlaceholder')}
          leftSection={<SearchIcon />}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        <MultiSelect
          label={t('dossier.list.statuses')}
          placeholder={statuses.length === 0 ? t('dossier.list.statusesPlaceholder') : undefined}
          data={dossierStatuses.map((value) => ({
            value,
            label: dossierStatusName(value, i18n.resolvedLanguage),
          }))}
          value={statuses}
          onChange={setStatuses}
          clearable
          searchable
        />
      </SimpleGrid>
      {list.error && !query.data ? (
        <LoadErrorAlert onRetry={list.retry} />
      ) : list.isInitialLoading ? (
        <LoadingState />
      ) : (
        <>
          <Text role="status" fw={500}>
            {t('dossier.list.found', { total: list.totalCount })}
          </Text>
          {list.nodes.length === 0 ? (
            <EmptyResult title={t('dossier.list.empty')} />
          ) : (
            <DossierTable dossiers={list.nodes} label={t('dossier.list.tableLabel')} busy={list.busy} />
          )}
          {list.loadMoreError && <LoadErrorAlert onRetry={() => void list.loadMore()} />}
          {list.hasNextPage && (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('dossier.list.shown', { shown: list.nodes.length, total: list.totalCount })}
              </Text>
              <Button variant="default" loading={list.isLoadingMore} onClick={() => void list.loadMore()}>
                {t('dossier.list.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
      <Modal opened={bookOpen} onClose={() => setBookOpen(false)} title={t('dossier.book.title')}>
        <TrackingBookForm onDone={() => setBookOpen(false)} onCancel={() => setBookOpen(false)} />
      </Modal>
    </Stack>
  );
}
