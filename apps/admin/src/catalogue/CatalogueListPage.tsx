import { useState } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CatalogueFieldsDocument, useQuery, type AdminLevel, type OnlineServiceLevel } from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState, PageHeader, SearchIcon } from '@motcua/ui';
import { paths, procedurePath } from '../paths';
import { procedureStanding } from './catalogueData';
import { CreateProcedureForm } from './CreateProcedureForm';
import { adminLevels } from './IdentityFields';
import { ProcedureStandingBadges } from './ProcedureStanding';
import { onlineLevels } from './termsForm';
import { useCatalogueProcedures, type CatalogueRow } from './useCatalogueProcedures';

function CatalogueTable({ procedures, busy }: { procedures: CatalogueRow[]; busy: boolean }) {
  const { t } = useTranslation();
  return (
    // Scrolls sideways on a phone rather than squeezing long names into unreadable columns.
    <Table.ScrollContainer minWidth={760} type="native">
      <Table aria-label={t('catalogue.list.tableLabel')} aria-busy={busy} striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('catalogue.list.column.code')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.list.column.name')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.list.column.field')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.list.column.level')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.list.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {procedures.map((procedure) => (
            <Table.Tr key={procedure.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text component="span" size="sm" ff="monospace">
                  {procedure.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={procedurePath(procedure.id)} fw={500}>
                  {procedure.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{procedure.field}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`adminLevel.${procedure.level}`)}</Table.Td>
              <Table.Td>
                <ProcedureStandingBadges standing={procedureStanding(procedure.versions)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** /thu-tuc: the catalogue as editors see it, drafts included, with a way into each procedure's editor. */
export function CatalogueListPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('catalogue.list.heading')} · ${t('appTitle')}`);
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [field, setField] = useState<string | null>(null);
  const [level, setLevel] = useState<AdminLevel | null>(null);
  const [onlineLevel, setOnlineLevel] = useState<OnlineServiceLevel | null>(null);
  const [includeUnpublished, setIncludeUnpublished] = useState(true);
  const [creating, setCreating] = useState(false);
  const fields = useQuery(CatalogueFieldsDocument);
  const list = useCatalogueProcedures({ search: debouncedSearch, field, level, onlineLevel, includeUnpublished });

  return (
    <Stack gap="md">
      <PageHeader title={t('catalogue.list.heading')} description={t('catalogue.list.intro')} />
      <Group justify="space-between">
        <Anchor component={Link} to={paths.onSiteReport} size="sm">
          {t('catalogue.list.onSiteReport')}
        </Anchor>
        <Button onClick={() => setCreating(true)}>{t('catalogue.list.create')}</Button>
      </Group>
      <TextInput
        type="search"
        label={t('catalogue.list.search')}
        placeholder={t('catalogue.list.searchPlaceholder')}
        leftSection={<SearchIcon />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('catalogue.list.field')}
          placeholder={t('catalogue.list.any')}
          data={fields.data?.procedureFields.map((item) => item.field) ?? []}
          value={field}
          onChange={setField}
          searchable
          clearable
        />
        <Select
          label={t('catalogue.list.level')}
          placeholder={t('catalogue.list.any')}
          data={adminLevels.map((value) => ({ value, label: t(`adminLevel.${value}`) }))}
          value={level}
          onChange={(value) => setLevel(value as AdminLevel | null)}
          clearable
        />
        <Select
          label={t('catalogue.list.onlineLevel')}
          placeholder={t('catalogue.list.any')}
          data={onlineLevels.map((value) => ({ value, label: t(`catalogue.onlineLevel.${value}`) }))}
          value={onlineLevel}
          onChange={(value) => setOnlineLevel(value as OnlineServiceLevel | null)}
          clearable
        />
      </SimpleGrid>
      <Checkbox
        label={t('catalogue.list.includeUnpublished')}
        checked={includeUnpublished}
        onChange={(event) => setIncludeUnpublished(event.currentTarget.checked)}
      />

      {list.error ? (
        <LoadErrorAlert onRetry={list.retry} />
      ) : list.isInitialLoading ? (
        <LoadingState />
      ) : (
        <>
          <Text role="status" fw={500}>
            {t('catalogue.list.found', { total: list.totalCount })}
          </Text>
          {list.procedures.length === 0 ? (
            <EmptyResult title={t('catalogue.list.empty')} />
          ) : (
            <CatalogueTable procedures={list.procedures} busy={list.busy} />
          )}
          {list.loadMoreError && <LoadErrorAlert onRetry={() => void list.loadMore()} />}
          {list.hasNextPage && (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('catalogue.list.shown', { shown: list.procedures.length, total: list.totalCount })}
              </Text>
              <Button variant="default" loading={list.isLoadingMore} onClick={() => void list.loadMore()}>
                {t('catalogue.list.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}

      <Modal opened={creating} onClose={() => setCreating(false)} title={t('catalogue.identity.createTitle')} size="lg">
        <CreateProcedureForm
          onCancel={() => setCreating(false)}
          onCreated={(procedure) => {
            setCreating(false);
            void navigate(procedurePath(procedure.id), { state: { created: procedure.name } });
          }}
        />
      </Modal>
    </Stack>
  );
}
