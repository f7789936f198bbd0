import { Card, DataList, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DurationText } from '@motcua/ui';
import { ProcedureLink } from './ProcedureLink';
import type { ProcedureRow } from './useProcedureSearch';

interface ProcedureCardListProps {
  procedures: ProcedureRow[];
  busy: boolean;
}

/**
 * The results as cards, for phones: a procedure name is often two lines long, and a five-column
 * table would leave it a few words per line.
 */
export function ProcedureCardList({ procedures, busy }: ProcedureCardListProps) {
  const { t } = useTranslation();

  return (
    <Stack
      component="ul"
      aria-label={t('results.tableLabel')}
      aria-busy={busy}
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none', opacity: busy ? 0.6 : 1 }}
    >
      {procedures.map((procedure) => (
        <Card component="li" key={procedure.id} withBorder padding="sm">
          <Text fw={600} mb="xs">
            <ProcedureLink procedure={procedure} />
          </Text>
          <DataList size="sm" gap={4} labelWidth="9.5rem">
            <DataList.Item>
              <DataList.ItemLabel>{t('column.code')}</DataList.ItemLabel>
              <DataList.ItemValue ff="monospace">{procedure.code}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('column.field')}</DataList.ItemLabel>
              <DataList.ItemValue>{procedure.field}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('column.level')}</DataList.ItemLabel>
              <DataList.ItemValue>{t(`adminLevel.${procedure.level}`)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('column.processingTime')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {procedure.currentVersion && <DurationText duration={procedure.currentVersion.processingTime} />}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        </Card>
      ))}
    </Stack>
  );
}
