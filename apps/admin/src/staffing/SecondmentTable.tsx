import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../dates/isoDates';
import type { SecondmentRow } from './useSectionStaffing';

const statusColor = { ACTIVE: 'green', UPCOMING: 'motcuaBlue', ENDED: 'gray' } as const;

/**
 * The timeline's secondments as a table: the same facts for keyboard and phone users, with the
 * action on each row. Scrolls sideways on a narrow screen rather than squeezing columns.
 */
export function SecondmentTable({
  secondments,
  onEndEarly,
}: {
  secondments: SecondmentRow[];
  onEndEarly: (secondment: SecondmentRow) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table aria-label={t('staffing.table.label')} striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('staffing.table.column.official')}</Table.Th>
            <Table.Th scope="col">{t('staffing.table.column.homeAgency')}</Table.Th>
            <Table.Th scope="col">{t('staffing.table.column.counter')}</Table.Th>
            <Table.Th scope="col">{t('staffing.table.column.period')}</Table.Th>
            <Table.Th scope="col">{t('staffing.table.column.fields')}</Table.Th>
            <Table.Th scope="col">{t('staffing.table.column.status')}</Table.Th>
            <Table.Th scope="col">{t('staffing.table.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {secondments.map((secondment) => (
            <Table.Tr key={secondment.id}>
              <Table.Td fw={500}>{secondment.official.fullName}</Table.Td>
              <Table.Td>{secondment.official.homeAgency.shortName}</Table.Td>
              <Table.Td>{secondment.counter.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDayMonthYear(secondment.startsOn)} – {formatDayMonthYear(secondment.endsOn)}
              </Table.Td>
              <Table.Td>
                <Group component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
                  {secondment.fields.map((field) => (
                    <li key={field}>
                      <Badge variant="light" color="gray" tt="none" radius="sm" c="dark.7">
                        {field}
                      </Badge>
                    </li>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColor[secondment.status]} tt="none" c="dark.7">
                  {t(`staffing.status.${secondment.status}`)}
                </Badge>
                {secondment.endReason && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('staffing.table.endReason', { reason: secondment.endReason })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {secondment.status === 'ACTIVE' && (
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => onEndEarly(secondment)}
                    // "Kết thúc sớm" alone is ambiguous to a screen reader jumping between buttons.
                    aria-label={t('staffing.table.endEarlyFor', { name: secondment.official.fullName })}
                  >
                    {t('staffing.table.endEarly')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
