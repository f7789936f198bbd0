import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../dates/isoDates';
import type { ProcedureStanding } from './catalogueData';

/** A procedure's standing in words (colour only repeats what the words say). */
export function ProcedureStandingBadges({ standing }: { standing: ProcedureStanding }) {
  const { t } = useTranslation();
  const draft = standing.kind !== 'DRAFT_ONLY' && standing.hasDraft && (
    <Badge color="gray" variant="outline" tt="none">
      {t('catalogue.status.HAS_DRAFT')}
    </Badge>
  );
  return (
    <Group gap={4} wrap="wrap">
      {standing.kind === 'IN_FORCE' && (
        <Badge color="green" variant="light" tt="none">
          {t('catalogue.status.IN_FORCE', { number: standing.number })}
        </Badge>
      )}
      {standing.kind === 'IN_FORCE' && standing.scheduledFrom && (
        <Badge color="blue" variant="light" tt="none">
          {t('catalogue.status.SCHEDULED', { date: formatDayMonthYear(standing.scheduledFrom) })}
        </Badge>
      )}
      {standing.kind === 'SCHEDULED' && (
        <Badge color="blue" variant="light" tt="none">
          {t('catalogue.status.SCHEDULED', { date: formatDayMonthYear(standing.date) })}
        </Badge>
      )}
      {standing.kind === 'DRAFT_ONLY' && (
        <Badge color="yellow" variant="light" tt="none">
          {t('catalogue.status.DRAFT_ONLY')}
        </Badge>
      )}
      {draft}
    </Group>
  );
}
