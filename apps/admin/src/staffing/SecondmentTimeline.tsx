import { Text, Title, VisuallyHidden } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../dates/isoDates';
import { placeOnWindow, timelineWindowAround, type TimelineWindow } from './timelineWindow';
import type { SecondmentRow, StaffingCounter } from './useSectionStaffing';
import classes from './SecondmentTimeline.module.css';

/** "Họ tên · dd/mm/yyyy – dd/mm/yyyy · lĩnh vực": the whole bar in words, for every reader. */
export function describeSecondment(secondment: SecondmentRow): string {
  const period = `${formatDayMonthYear(secondment.startsOn)} – ${formatDayMonthYear(secondment.endsOn)}`;
  return [secondment.official.fullName, period, secondment.fields.join(', ')].join(' · ');
}

function MonthAxis({ window, today, language }: { window: TimelineWindow; today: string; language: string }) {
  const currentMonth = today.slice(0, 7);
  return (
    // The bars carry their own dates in words; the axis is for the eye only.
    <div className={`${classes.row} ${classes.axisRow}`} aria-hidden="true">
      <div className={classes.axisSpacer} />
      <div className={classes.months}>
        {window.months.map((month) => (
          <span
            key={month.key}
            className={month.key === currentMonth ? `${classes.month} ${classes.currentMonth}` : classes.month}
          >
            {dayjs(month.start)
              .locale(language)
              .format(month.start.endsWith('-01-01') ? 'MM/YYYY' : 'MM')}
          </span>
        ))}
      </div>
    </div>
  );
}

function CounterTrack({
  counter,
  secondments,
  window,
  today,
}: {
  counter: StaffingCounter;
  secondments: SecondmentRow[];
  window: TimelineWindow;
  today: string;
}) {
  const { t } = useTranslation();
  const placed = secondments
    .map((secondment) => ({ secondment, place: placeOnWindow(window, secondment.startsOn, secondment.endsOn) }))
    .filter((item): item is { secondment: SecondmentRow; place: { left: number; width: number } } => !!item.place)
    .sort((a, b) => a.secondment.startsOn.localeCompare(b.secondment.startsOn));
  const todayMark = placeOnWindow(window, today, today);
  const headingId = `timeline-counter-${counter.id}`;

  return (
    <li className={classes.row} aria-labelledby={headingId}>
      <Title order={3} fz="sm" fw={600} id={headingId}>
        {counter.name}
      </Title>
      <div className={classes.track}>
        {placed.length === 0 ? (
          <div className={classes.emptyLane}>{t('staffing.timeline.empty')}</div>
        ) : (
          <ul className={classes.lanes}>
            {placed.map(({ secondment, place }) => {
              const text = describeSecondment(secondment);
              return (
                <li key={secondment.id} className={classes.lane}>
                  <div
                    className={`${classes.bar} ${classes[secondment.status]}`}
                    style={{ left: `${place.left}%`, width: `${place.width}%` }}
                    // A short bar cuts its text off; the tooltip shows it whole on hover.
                    title={text}
                  >
                    <span className={classes.barText}>{text}</span>
                    <VisuallyHidden> ({t(`staffing.status.${secondment.status}`)})</VisuallyHidden>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {todayMark && <div className={classes.today} style={{ left: `${todayMark.left}%` }} aria-hidden="true" />}
      </div>
    </li>
  );
}

/**
 * Each counter's secondments as bars across the twelve months around today. Plain elements laid
 * out with CSS, no canvas: a screen reader reads a list of counters, each with a list of bars
 * whose text says who, when and for which fields.
 */
export function SecondmentTimeline({
  counters,
  secondments,
  today,
}: {
  counters: StaffingCounter[];
  secondments: SecondmentRow[];
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const window = timelineWindowAround(today);

  return (
    <section aria-labelledby="staffing-timeline-heading">
      <Title order={2} fz="h3" id="staffing-timeline-heading">
        {t('staffing.timeline.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('staffing.timeline.window', { from: formatDayMonthYear(window.from), to: formatDayMonthYear(window.to) })}
      </Text>
      <MonthAxis window={window} today={today} language={language} />
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {counters.map((counter) => (
          <CounterTrack
            key={counter.id}
            counter={counter}
            secondments={secondments.filter((secondment) => secondment.counter.id === counter.id)}
            window={window}
            today={today}
          />
        ))}
      </ul>
    </section>
  );
}
