import { Table, Text } from '@mantine/core';
import { ProcedureLink } from './ProcedureLink';
import { useTranslation } from 'react-i18next';
import { DurationText } from '@motcua/ui';
import type { ProcedureRow } from './useProcedureSearch';

interface ProcedureTableProps {
  procedures: ProcedureRow[];
  /** A newer search is loading; the rows are about to change. */
  busy: boolean;
}

/** The results as a table, for screens wide enough to show five columns. */
export function ProcedureTable({ procedures, busy }: ProcedureTableProps) {
  const { t } = useTranslation();

  return (
    // Scrolls sideways rather than squeezing the name column below this width.
    <Table.ScrollContainer minWidth={760} type="native">
      <Table
        aria-label={t('results.tableLabel')}
        aria-busy={busy}
        striped
        highlightOnHover
        verticalSpacing="sm"
        style={{ opacity: busy ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('column.code')}</Table.Th>
            <Table.Th scope="col">{t('column.name')}</Table.Th>
            <Table.Th scope="col">{t('column.field')}</Table.Th>
            <Table.Th scope="col">{t('column.level')}</Table.Th>
            <Table.Th scope="col">{t('column.processingTime')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {procedures.map((procedure) => (
            <Table.Tr key={procedure.id}>
              <Table.Td>
                <Text component="span" size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {procedure.code}
                </Text>
              </Table.Td>
              <Table.Td fw={500}>
                <ProcedureLink procedure={procedure} />
              </Table.Td>
              <Table.Td>{procedure.field}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`adminLevel.${procedure.level}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {procedure.currentVersion && <DurationText duration={procedure.currentVersion.processingTime} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
