import { useState } from 'react';
import { Badge, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ProcedureVersionChangesDocument,
  useQuery,
  type CatalogueVersionTermsFragment,
  type ChangeKind,
  type VersionStatus,
} from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState } from '@motcua/ui';
import { formatDayMonthYear } from '../dates/isoDates';

const statusColour: Record<VersionStatus, string> = {
  DRAFT: 'yellow',
  SCHEDULED: 'blue',
  IN_FORCE: 'green',
  SUPERSEDED: 'gray',
};

const kindColour: Record<ChangeKind, string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'blue' };

/** The API's enum words inside a change (`ONLINE`, `FULL`, `5 WORKING_DAY`), in the reader's language. */
function useChangeText() {
  const { t } = useTranslation();
  const words: Record<string, string> = {
    IN_PERSON: t('catalogue.channel.IN_PERSON'),
    ONLINE: t('catalogue.channel.ONLINE'),
    POSTAL: t('catalogue.channel.POSTAL'),
    INFORMATION: t('catalogue.onlineLevel.INFORMATION'),
    PARTIAL: t('catalogue.onlineLevel.PARTIAL'),
    FULL: t('catalogue.onlineLevel.FULL'),
    WORKING_DAY: t('catalogue.unit.WORKING_DAY').toLocaleLowerCase(),
    CALENDAR_DAY: t('catalogue.unit.CALENDAR_DAY').toLocaleLowerCase(),
    HOUR: t('catalogue.unit.HOUR').toLocaleLowerCase(),
    RECEPTION_OFFICER: t('catalogue.processRole.RECEPTION_OFFICER'),
    SPECIALIST: t('catalogue.processRole.SPECIALIST'),
    APPROVER: t('catalogue.processRole.APPROVER'),
  };
  const pattern = new RegExp(`\\b(${Object.keys(words).join('|')})\\b`, 'g');
  return (text: string | null) => text?.replace(pattern, (word) => words[word] ?? word) ?? null;
}

function VersionChanges({ fromId, toId }: { fromId: string; toId: string }) {
  const { t } = useTranslation();
  const text = useChangeText();
  const query = useQuery(ProcedureVersionChangesDocument, { variables: { fromVersionId: fromId, toVersionId: toId } });
  if (query.error) return <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />;
  if (!query.data) return <LoadingState />;
  const changes = query.data.procedureVersionChanges;
  if (changes.length === 0) return <EmptyResult title={t('catalogue.history.compare.none')} />;
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table aria-label={t('catalogue.history.compare.tableLabel')} striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('catalogue.history.compare.column.section')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.history.compare.column.kind')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.history.compare.column.item')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.history.compare.column.before')}</Table.Th>
            <Table.Th scope="col">{t('catalogue.history.compare.column.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change, i) => (
            <Table.Tr key={i}>
              <Table.Td fw={500}>{t(`catalogue.history.section.${change.section}`)}</Table.Td>
              <Table.Td>
                <Badge color={kindColour[change.kind]} variant="light" tt="none">
                  {t(`catalogue.history.kind.${change.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{[text(change.item), change.attribute].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>
                {change.before && <del>{text(change.before)}</del>}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{change.after && <ins>{text(change.after)}</ins>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every version with its status, dates and decision, and what changed between any two of them. */
export function VersionHistory({ versions }: { versions: readonly CatalogueVersionTermsFragment[] }) {
  const { t } = useTranslation();
  // Newest first: by default, what the newest changed from the one before it.
  const [toId, setToId] = useState<string | null>(versions[0]?.id ?? null);
  const [fromId, setFromId] = useState<string | null>(versions[1]?.id ?? null);
  const options = versions.map((version) => ({
    value: version.id,
    label: t('catalogue.history.versionOption', {
      number: version.number,
      status: t(`catalogue.versionStatus.${version.status}`),
    }),
  }));
  return (
    <Stack gap="lg">
      <section aria-labelledby="history-heading">
        <Title order={2} fz="h4" id="history-heading" mb="xs">
          {t('catalogue.history.heading')}
        </Title>
        <Table.ScrollContainer minWidth={640} type="native">
          <Table aria-label={t('catalogue.history.tableLabel')} striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('catalogue.history.column.number')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.history.column.status')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.history.column.effective')}</Table.Th>
                <Table.Th scope="col">{t('catalogue.history.column.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Td fw={600}>{version.number}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge color={statusColour[version.status]} variant="light" tt="none">
                      {t(`catalogue.versionStatus.${version.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {!version.effectiveFrom
                      ? t('catalogue.history.notPublished')
                      : version.effectiveTo
                        ? t('catalogue.history.fromTo', {
                            from: formatDayMonthYear(version.effectiveFrom),
                            to: formatDayMonthYear(version.effectiveTo),
                          })
                        : t('catalogue.history.from', { date: formatDayMonthYear(version.effectiveFrom) })}
                  </Table.Td>
                  <Table.Td>
                    {version.publication
                      ? t('catalogue.history.decision', {
                          number: version.publication.number,
                          date: formatDayMonthYear(version.publication.signedOn),
                          signer: version.publication.signer,
                        })
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>

      <section aria-labelledby="compare-heading">
        <Title order={2} fz="h4" id="compare-heading" mb="xs">
          {t('catalogue.history.compare.heading')}
        </Title>
        {versions.length < 2 ? (
          <Text size="sm" c="dimmed">
            {t('catalogue.history.compare.needTwo')}
          </Text>
        ) : (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('catalogue.history.compare.from')}
                data={options}
                value={fromId}
                onChange={setFromId}
                allowDeselect={false}
              />
              <Select
                label={t('catalogue.history.compare.to')}
                data={options}
                value={toId}
                onChange={setToId}
                allowDeselect={false}
              />
            </SimpleGrid>
            {fromId && toId && fromId !== toId ? (
              <VersionChanges fromId={fromId} toId={toId} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('catalogue.history.compare.same')}
              </Text>
            )}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
