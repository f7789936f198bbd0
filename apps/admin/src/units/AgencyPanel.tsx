import { useId } from 'react';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdministrativeUnitChildrenDocument, skipToken, useQuery } from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState } from '@motcua/ui';
import type { UnitSummary } from './unitTreeData';

/** The agencies (cơ quan) of the selected unit, or a hint to select one. */
export function AgencyPanel({ unit }: { unit: UnitSummary | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  // Usually answered from the cache: expanding the unit in the tree ran the same query.
  const query = useQuery(AdministrativeUnitChildrenDocument, unit ? { variables: { id: unit.id } } : skipToken);

  if (!unit) {
    return (
      <Paper withBorder p="md">
        <Text c="dimmed">{t('agencies.pickUnit')}</Text>
      </Paper>
    );
  }

  const agencies = query.data?.administrativeUnit?.agencies;

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('agencies.heading', { unit: unit.name })}
      </Title>
      {query.error ? (
        <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : !agencies ? (
        <LoadingState />
      ) : agencies.length === 0 ? (
        <EmptyResult title={t('agencies.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table aria-labelledby={headingId} striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('column.name')}</Table.Th>
                <Table.Th scope="col">{t('column.shortName')}</Table.Th>
                <Table.Th scope="col">{t('column.kind')}</Table.Th>
                <Table.Th scope="col">{t('column.electronicId')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agencies.map((agency) => (
                <Table.Tr key={agency.id}>
                  <Table.Td fw={500}>{agency.name}</Table.Td>
                  <Table.Td>{agency.shortName}</Table.Td>
                  <Table.Td>{t(`agencyKind.${agency.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text component="span" size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {agency.electronicId}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
