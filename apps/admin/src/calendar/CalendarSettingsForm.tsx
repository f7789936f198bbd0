import { useState } from 'react';
import { ActionIcon, Alert, Button, Checkbox, Group, Stack, Title } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UpdateCalendarSettingsDocument, useMutation, type WorkingCalendarQuery } from '@motcua/graphql-client';
import { useFaultFailure } from '../dossiers/faults';
import { FormFailureAlert } from '../forms/FormFooter';

type Calendar = WorkingCalendarQuery['workingCalendar'];

interface SettingsValues {
  workingWeekdays: string[];
  shifts: { start: string; end: string }[];
  receptionCutOff: string;
}

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;
const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "08:00:00" from a browser that adds seconds → "08:00". */
const minutesOnly = (value: string) => value.slice(0, 5);

/**
 * The working week, the shifts and the reception cut-off, for system administrators. The API checks
 * them again and lists its faults (`shifts[1].end`…) beside the fields; saving tells how many open
 * dossiers' due dates moved.
 */
export function CalendarSettingsForm({ calendar, onSaved }: { calendar: Calendar; onSaved: () => void }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UpdateCalendarSettingsDocument);
  const [saved, setSaved] = useState<number | null>(null);
  const form = useForm<SettingsValues>({
    mode: 'controlled',
    initialValues: {
      workingWeekdays: calendar.workingWeekdays.map(String),
      shifts: calendar.shifts.map(({ start, end }) => ({ start, end })),
      receptionCutOff: calendar.receptionCutOff,
    },
    validate: {
      workingWeekdays: (value) => (value.length > 0 ? null : t('dossier.calendar.settings.errors.weekdaysRequired')),
      shifts: {
        start: (value) => (hhmm.test(minutesOnly(value)) ? null : t('dossier.calendar.settings.errors.time')),
        end: (value, values, path) => {
          if (!hhmm.test(minutesOnly(value))) return t('dossier.calendar.settings.errors.time');
          const start = values.shifts[Number(path.split('.')[1])]?.start ?? '';
          return minutesOnly(value) > minutesOnly(start) ? null : t('dossier.calendar.settings.errors.order');
        },
      },
      receptionCutOff: (value) => (hhmm.test(minutesOnly(value)) ? null : t('dossier.calendar.settings.errors.time')),
    },
  });
  const failure = useFaultFailure(form);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    setSaved(null);
    if (values.shifts.length === 0) {
      form.setFieldError('shifts', t('dossier.calendar.settings.errors.shiftsRequired'));
      return;
    }
    try {
      const result = await update({
        variables: {
          input: {
            workingWeekdays: values.workingWeekdays.map(Number).sort((a, b) => a - b),
            shifts: values.shifts.map((shift) => ({ start: minutesOnly(shift.start), end: minutesOnly(shift.end) })),
            receptionCutOff: minutesOnly(values.receptionCutOff),
          },
        },
      });
      setSaved(result.data?.updateCalendarSettings.affectedDossiers ?? 0);
      onSaved();
    } catch (error) {
      failure.show(error);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="calendar-settings">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="calendar-settings">
          {t('dossier.calendar.settings.heading')}
        </Title>
        <Checkbox.Group label={t('dossier.calendar.weekdays')} required {...form.getInputProps('workingWeekdays')}>
          <Group gap="md" mt={4}>
            {weekdays.map((day) => (
              <Checkbox key={day} value={day} label={t(`dossier.calendar.weekday.${day}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Stack gap="xs">
          {form.values.shifts.map((_, index) => {
            const number = index + 1;
            return (
              <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
                <TimeInput
                  label={t('dossier.calendar.settings.shiftStart', { number })}
                  required
                  {...form.getInputProps(`shifts.${index}.start`)}
                />
                <TimeInput
                  label={t('dossier.calendar.settings.shiftEnd', { number })}
                  required
                  {...form.getInputProps(`shifts.${index}.end`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  aria-label={t('dossier.calendar.settings.removeShift', { number })}
                  onClick={() => form.removeListItem('shifts', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            );
          })}
          {typeof form.errors.shifts === 'string' && (
            <Alert color="red" variant="light" role="alert">
              {form.errors.shifts}
            </Alert>
          )}
          <Button
            variant="default"
            size="xs"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem('shifts', { start: '', end: '' })}
          >
            {t('dossier.calendar.settings.addShift')}
          </Button>
        </Stack>
        <TimeInput
          label={t('dossier.calendar.settings.cutOff')}
          required
          maw={200}
          {...form.getInputProps('receptionCutOff')}
        />
        {saved !== null && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setSaved(null)}>
            {t('dossier.calendar.settings.saved', { count: saved })}
          </Alert>
        )}
        <FormFailureAlert message={failure.message} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('dossier.calendar.settings.submit')}
        </Button>
      </Stack>
    </form>
  );
}
