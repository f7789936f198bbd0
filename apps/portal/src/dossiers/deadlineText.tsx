import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierStatus, PublicDeadlineFragment } from '@motcua/graphql-client';
import { DurationText, formatDateTime } from '@motcua/ui';
import { TimelinessBadge } from './DossierBadges';

/** A working day as the law counts it (Labour Code: 8 hours), for "còn 2 ngày làm việc 3 giờ". */
const minutesPerWorkingDay = 8 * 60;

/** Working minutes as days and hours, the way an office speaks of a deadline. */
function useWorkingTime() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const days = Math.floor(minutes / minutesPerWorkingDay);
    const hours = Math.floor((minutes % minutesPerWorkingDay) / 60);
    const parts = [
      ...(days > 0 ? [t('dossier.days', { count: days })] : []),
      ...(hours > 0 ? [t('dossier.hours', { count: hours })] : []),
    ];
    return parts.length > 0 ? parts.join(' ') : t('dossier.lessThanHour');
  };
}

/** Hẹn trả kết quả: the due date, or why there is none now (paused, not received yet). */
export function DueDate({
  deadline,
  status,
}: {
  deadline: Pick<PublicDeadlineFragment, 'state' | 'dueAt'> & { originalDueAt?: string | null };
  status: DossierStatus;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  if (deadline.state === 'PAUSED' || (!deadline.dueAt && deadline.state === 'RUNNING')) {
    return (
      <Text span inherit>
        {t(status === 'AWAITING_PAYMENT' ? 'dossier.pausedForPayment' : 'dossier.paused')}
      </Text>
    );
  }
  if (!deadline.dueAt)
    return (
      <Text span inherit>
        {t('dossier.notStarted')}
      </Text>
    );
  const moved = deadline.originalDueAt && deadline.originalDueAt !== deadline.dueAt;
  return (
    <Stack gap={2}>
      <Text span inherit fw={500}>
        {formatDateTime(deadline.dueAt, language)}
      </Text>
      {moved && (
        <Text span size="xs" c="dimmed">
          {t('dossier.originalDueAt', { date: formatDateTime(deadline.originalDueAt!, language) })}
        </Text>
      )}
    </Stack>
  );
}

/** Thời gian còn lại: working time left while the clock runs; how it ended once it stopped. */
export function RemainingTime({ deadline }: { deadline: PublicDeadlineFragment }) {
  const { t } = useTranslation();
  const workingTime = useWorkingTime();
  switch (deadline.state) {
    case 'NOT_STARTED':
      return (
        <Text span inherit>
          {t('dossier.processingTime')}: <DurationText duration={deadline.processingTime} />
        </Text>
      );
    case 'PAUSED':
      return (
        <Text span inherit>
          {t('dossier.pausedRemaining')}
        </Text>
      );
    case 'FINISHED':
      return (
        <Group gap="xs" component="span">
          <Text span inherit>
            {t('dossier.finished')}
          </Text>
          {deadline.timeliness && <TimelinessBadge timeliness={deadline.timeliness} />}
        </Group>
      );
    case 'RUNNING':
      if (deadline.timeliness === 'LATE') return <TimelinessBadge timeliness="LATE" />;
      return (
        <Group gap="xs" component="span">
          <Text span inherit>
            {t('dossier.remainingValue', { time: workingTime(deadline.remainingWorkingMinutes) })}
          </Text>
          {deadline.dueSoon && (
            <Badge variant="light" color="orange" tt="none" radius="sm">
              {t('dossier.dueSoon')}
            </Badge>
          )}
        </Group>
      );
  }
}
