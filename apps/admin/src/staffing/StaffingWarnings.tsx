import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../dates/isoDates';
import type { StaffingWarningsData } from './useSectionStaffing';

/**
 * What needs the manager's attention, before the details: rounds that end within 30 days (someone
 * must be found to take over) and fields no official at a counter covers today.
 */
// Mantine's light alerts colour the title in shade 6, below 4.5:1 on the tinted background; the
// colour of the box already tells the kind, so the title keeps the body's text colour.
const readableTitle = { title: { color: 'var(--mantine-color-text)' } };

export function StaffingWarnings({ warnings }: { warnings: StaffingWarningsData }) {
  const { t } = useTranslation();
  const { endingSoon, uncoveredFields } = warnings;

  if (endingSoon.length === 0 && uncoveredFields.length === 0) {
    return (
      <Alert color="green" variant="light">
        <Text size="sm">{t('staffing.warnings.none')}</Text>
      </Alert>
    );
  }

  return (
    <Stack gap="sm">
      {endingSoon.length > 0 && (
        <Alert color="orange" variant="light" styles={readableTitle} title={t('staffing.warnings.endingSoonTitle')}>
          <List size="sm" spacing={4}>
            {endingSoon.map((secondment) => (
              <List.Item key={secondment.id}>
                {t('staffing.warnings.endingSoonItem', {
                  name: secondment.official.fullName,
                  counter: secondment.counter.name,
                  date: formatDayMonthYear(secondment.endsOn),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {uncoveredFields.length > 0 && (
        <Alert color="red" variant="light" styles={readableTitle} title={t('staffing.warnings.uncoveredTitle')}>
          <List size="sm" spacing={4}>
            {uncoveredFields.map((item) => (
              <List.Item key={`${item.counter.id}:${item.field}`}>
                {t('staffing.warnings.uncoveredItem', { counter: item.counter.name, field: item.field })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
