import { useState, type FormEvent } from 'react';
import { Badge, Button, Checkbox, Group, Progress, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import {
  CatalogueProceduresDocument,
  OnSiteReportDocument,
  SectionCatalogueDocument,
  SetCatalogueEntryDocument,
  skipToken,
  useMutation,
  useQuery,
  type OnSiteReportQuery,
  type SectionCatalogueQuery,
} from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { readMutationFailure } from '@motcua/graphql-client';
import { useIsProvinceEditor } from './catalogueData';
import { FormErrorAlert } from './FormErrorAlert';

type Report = OnSiteReportQuery['oneStopSections'][number]['onSiteReport'];
type SectionEntry = NonNullable<SectionCatalogueQuery['oneStopSection']>['catalogue'][number];

function usePercent() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN', {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return (share: number) => format.format(share);
}

/** Met or missed, in words and colour; the bar shows the share with the target as a mark. */
function ShareBar({ report }: { report: Report }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    <Stack gap={4} miw={180}>
      <Text size="sm">
        {t('catalogue.onSite.shareText', {
          share: percent(report.share),
          onSite: report.fullyOnSiteCount,
          total: report.procedureCount,
        })}
      </Text>
      <div style={{ position: 'relative' }}>
        <Progress
          value={report.share * 100}
          color={report.meetsTarget ? 'teal' : 'red'}
          size="md"
          aria-label={t('catalogue.onSite.shareLabel', {
            share: percent(report.share),
            target: percent(report.target),
          })}
        />
        <div
          aria-hidden="true"
          style={{
            position: 'absolute',
            top: -3,
            bottom: -3,
            left: `calc(${report.target * 100}% - 1px)`,
            width: 2,
            background: 'var(--mantine-color-text)',
          }}
        />
      </div>
    </Stack>
  );
}

function MetBadge({ met }: { met: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={met ? 'teal' : 'red'} variant="light" tt="none" size="lg">
      {met ? `✓ ${t('catalogue.onSite.met')}` : `✗ ${t('catalogue.onSite.missed')}`}
    </Badge>
  );
}

/**
 * setCatalogueEntry, refreshing the place's list and every place's figures after it; `describe`
 * turns a refusal into the sentence to show.
 */
function useSetCatalogueEntry() {
  const { t, i18n } = useTranslation();
  const [setEntry, { loading }] = useMutation(SetCatalogueEntryDocument, {
    refetchQueries: [SectionCatalogueDocument, OnSiteReportDocument],
  });
  const describe = (failure: unknown) =>
    readMutationFailure(failure, { language: i18n.resolvedLanguage, fallback: t('form.unexpected'), formFields: [] })
      .formError;
  const set = (input: { sectionId: string; procedureId: string; fullyOnSite: boolean }) =>
    setEntry({ variables: { input } });
  return { set, loading, describe };
}

function AddEntryForm({
  sectionId,
  placeName,
  onAdded,
}: {
  sectionId: string;
  placeName: string;
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [procedureId, setProcedureId] = useState<string | null>(null);
  const [fullyOnSite, setFullyOnSite] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const entries = useSetCatalogueEntry();
  const found = useQuery(
    CatalogueProceduresDocument,
    debounced.trim() ? { variables: { first: 20, search: debounced.trim(), includeUnpublished: true } } : skipToken,
  );
  const options =
    found.data?.procedures.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` })) ?? [];

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!procedureId) {
      setError(t('catalogue.onSite.add.procedureRequired'));
      return;
    }
    const name = options.find((option) => option.value === procedureId)?.label ?? '';
    try {
      await entries.set({ sectionId, procedureId, fullyOnSite });
      setProcedureId(null);
      setSearch('');
      onAdded(t('catalogue.onSite.added', { name, place: placeName }));
    } catch (failure) {
      setError(entries.describe(failure));
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t('catalogue.onSite.add.heading')}
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('catalogue.onSite.add.procedure')}
            placeholder={t('catalogue.onSite.add.procedurePlaceholder')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={options}
            value={procedureId}
            onChange={setProcedureId}
            filter={({ options: all }) => all}
            nothingFoundMessage={debounced.trim() ? t('catalogue.identity.nothingFound') : undefined}
            style={{ flex: 1 }}
            miw={260}
          />
          <Checkbox
            label={t('catalogue.onSite.add.fullyOnSite')}
            checked={fullyOnSite}
            onChange={(event) => setFullyOnSite(event.currentTarget.checked)}
            mb={8}
          />
          <Button type="submit" loading={entries.loading}>
            {t('catalogue.onSite.add.submit')}
          </Button>
        </Group>
        <FormErrorAlert message={error} />
      </Stack>
    </form>
  );
}

function EntrySwitch({
  sectionId,
  entry,
  onChanged,
}: {
  sectionId: string;
  entry: SectionEntry;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const entries = useSetCatalogueEntry();
  return (
    <Stack gap={2}>
      <Switch
        checked={entry.fullyOnSite}
        disabled={entries.loading}
        aria-label={t('catalogue.onSite.fullyOnSiteFor', { name: entry.procedure.name })}
        onChange={(event) => {
          const fullyOnSite = event.currentTarget.checked;
          setError(null);
          entries
            .set({ sectionId, procedureId: entry.procedure.id, fullyOnSite })
            .then(() => onChanged(t('catalogue.onSite.changed', { name: entry.procedure.name })))
            .catch((failure: unknown) => setError(entries.describe(failure)));
        }}
      />
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function SectionCatalogue({ sectionId }: { sectionId: string }) {
  const { t } = useTranslation();
  const editable = useIsProvinceEditor();
  const [announcement, setAnnouncement] = useState('');
  const query = useQuery(SectionCatalogueDocument, { variables: { sectionId } });
  const section = query.data?.oneStopSection;
  if (query.error) return <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />;
  if (!query.data) return <LoadingState />;
  if (!section) return null;
  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        {t('catalogue.onSite.catalogueHeading', { place: section.name })}
      </Title>
      <Group gap="md">
        <ShareBar report={section.onSiteReport} />
        <MetBadge met={section.onSiteReport.meetsTarget} />
      </Group>
      <Text role="status" size="sm" fw={500}>
        {announcement}
      </Text>
      {editable ? (
        <AddEntryForm sectionId={section.id} placeName={section.name} onAdded={setAnnouncement} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('catalogue.onSite.readOnly')}
        </Text>
      )}
      {section.catalogue.length === 0 ? (
        <EmptyResult title={t('catalogue.onSite.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table aria-label={t('catalogue.onSite.catalogueLabel')} striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('catalogue.list.column.code')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.list.column.name')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.onSite.fullyOnSite')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {section.catalogue.map((entry) => (
                <Table.Tr key={entry.procedure.id}>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {entry.procedure.code}
                  </Table.Td>
                  <Table.Td>{entry.procedure.name}</Table.Td>
                  <Table.Td>
                    {editable ? (
                      <EntrySwitch sectionId={section.id} entry={entry} onChanged={setAnnouncement} />
                    ) : (
                      <Text size="sm">{entry.fullyOnSite ? '✓' : '—'}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/**
 * /thu-tuc/bao-cao-tai-cho: for each one-stop place, the share of its procedures handled fully on
 * site against its target (indicator 5 of Circular 01/2018), and one place's catalogue to change.
 */
export function OnSiteReportPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('catalogue.onSite.heading')} · ${t('appTitle')}`);
  const percent = usePercent();
  const query = useQuery(OnSiteReportDocument);
  const [sectionId, setSectionId] = useState<string | null>(null);
  const sections = query.data?.oneStopSections ?? [];

  return (
    <Stack gap="md">
      <PageHeader title={t('catalogue.onSite.heading')} description={t('catalogue.onSite.intro')} />
      {query.error ? (
        <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : !query.data ? (
        <LoadingState />
      ) : (
        <>
          <Table.ScrollContainer minWidth={720} type="native">
            <Table aria-label={t('catalogue.onSite.tableLabel')} striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('catalogue.onSite.column.place')}</Table.Th>
                  <Table.Th scope="col">{t('catalogue.onSite.column.share')}</Table.Th>
                  <Table.Th scope="col">{t('catalogue.onSite.column.target')}</Table.Th>
                  <Table.Th scope="col">{t('catalogue.onSite.column.result')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sections.map((section) => (
                  <Table.Tr key={section.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {section.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`catalogue.onSite.kind.${section.kind}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ShareBar report={section.onSiteReport} />
                    </Table.Td>
                    <Table.Td>{percent(section.onSiteReport.target)}</Table.Td>
                    <Table.Td>
                      <MetBadge met={section.onSiteReport.meetsTarget} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Select
            label={t('catalogue.onSite.place')}
            placeholder={t('catalogue.onSite.placePlaceholder')}
            data={sections.map((section) => ({ value: section.id, label: section.name }))}
            value={sectionId}
            onChange={setSectionId}
            searchable
            maw={480}
          />
          {sectionId && <SectionCatalogue key={sectionId} sectionId={sectionId} />}
        </>
      )}
    </Stack>
  );
}
