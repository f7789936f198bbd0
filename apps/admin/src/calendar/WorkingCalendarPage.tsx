import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  RemoveCalendarDayDocument,
  SetCalendarDayDocument,
  useMutation,
  useQuery,
  useSession,
  WorkingCalendarDocument,
  type CalendarDayKind,
  type WorkingCalendarQuery,
} from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { formatDayMonthYear } from '../dates/isoDates';
import { FormFailureAlert, FormFooter } from '../forms/FormFooter';
import { useMutationFailure } from '../forms/useMutationFailure';
import { CalendarSettingsForm } from './CalendarSettingsForm';

type CalendarDay = WorkingCalendarQuery['workingCalendar']['days'][number];

const kinds: CalendarDayKind[] = ['DAY_OFF', 'WORKING_DAY'];

/** ISO weekday of a date, 1 (Monday) to 7 (Sunday), as the API numbers working weekdays. */
function isoWeekday(date: string): string {
  const day = dayjs(date).day();
  return String(day === 0 ? 7 : day);
}

/** "Thứ Bảy, 25/10/2026". */
function useDayLabel() {
  const { t } = useTranslation();
  return (date: string) =>
    `${t(`dossier.calendar.weekday.${isoWeekday(date)}` as 'dossier.calendar.weekday.1')}, ${formatDayMonthYear(date)}`;
}

interface DayValues {
  date: string | null;
  kind: CalendarDayKind;
  name: string;
}

/** Add a day, or change one already listed (the API keys days by date). */
function DayForm({
  initial,
  onSaved,
  onCancel,
}: {
  initial: DayValues;
  onSaved: (date: string, affected: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [setDay, { loading }] = useMutation(SetCalendarDayDocument);
  const form = useForm<DayValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      date: (value) => (value ? null : t('dossier.calendar.errors.dateRequired')),
      name: (value) => (value.trim() ? null : t('dossier.calendar.errors.nameRequired')),
    },
  });
  const failure = useMutationFailure(form);
  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    try {
      const result = await setDay({
        variables: { input: { date: values.date!, kind: values.kind, name: values.name.trim() } },
      });
      onSaved(values.date!, result.data?.setCalendarDay.affectedDossiers ?? 0);
    } catch (error) {
      failure.show(error);
    }
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <DatePickerInput
          label={t('dossier.calendar.date')}
          valueFormat="DD/MM/YYYY"
          required
          data-autofocus
          {...form.getInputProps('date')}
        />
        <Select
          label={t('dossier.calendar.kind')}
          data={kinds.map((value) => ({ value, label: t(`dossier.calendar.kind${value}`) }))}
          allowDeselect={false}
          required
          {...form.getInputProps('kind')}
        />
        <TextInput
          label={t('dossier.calendar.name')}
          placeholder={t('dossier.calendar.namePlaceholder')}
          required
          {...form.getInputProps('name')}
        />
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={t('dossier.calendar.submit')}
          submitting={loading}
        />
      </Stack>
    </form>
  );
}

function DaysTable({
  year,
  days,
  editable,
  onEdit,
  onRemove,
  removing,
}: {
  year: number;
  days: readonly CalendarDay[];
  editable: boolean;
  onEdit: (day: CalendarDay) => void;
  onRemove: (day: CalendarDay) => void;
  removing: string | null;
}) {
  const { t } = useTranslation();
  const dayLabel = useDayLabel();
  return (
    <Table.ScrollContainer minWidth={520} type="native">
      <Table aria-label={t('dossier.calendar.tableLabel', { year })} striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossier.calendar.date')}</Table.Th>
            <Table.Th scope="col">{t('dossier.calendar.kind')}</Table.Th>
            <Table.Th scope="col">{t('dossier.calendar.name')}</Table.Th>
            {editable && <Table.Th scope="col">{t('dossier.calendar.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days.map((day) => (
            <Table.Tr key={day.date}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dayLabel(day.date)}</Table.Td>
              <Table.Td>
                <Badge color={day.kind === 'DAY_OFF' ? 'red' : 'blue'} variant="light" tt="none">
                  {t(`dossier.calendar.kind${day.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{day.name}</Table.Td>
              {editable && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('dossier.calendar.editFor', { date: formatDayMonthYear(day.date) })}
                      onClick={() => onEdit(day)}
                    >
                      {t('dossier.calendar.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red.9"
                      loading={removing === day.date}
                      aria-label={t('dossier.calendar.removeFor', { date: formatDayMonthYear(day.date) })}
                      onClick={() => onRemove(day)}
                    >
                      {t('dossier.calendar.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * /lich-lam-viec: the working-day calendar deadlines count on. Everyone reads it; system
 * administrators change the working week, shifts and cut-off, add, change and remove days, and
 * learn how many open dossiers' due dates moved.
 */
export function WorkingCalendarPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('dossier.calendar.heading')} · ${t('appTitle')}`);
  const { hasRole } = useSession();
  const editable = hasRole('SYSTEM_ADMIN');
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<DayValues | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<CalendarDay | null>(null);
  const query = useQuery(WorkingCalendarDocument, { variables: { year } });
  const [removeDay] = useMutation(RemoveCalendarDayDocument);
  const removeFailure = useMutationFailure();
  const calendar = query.data?.workingCalendar ?? query.previousData?.workingCalendar;
  const refetch = () => void query.refetch().catch(() => undefined);

  async function remove(day: CalendarDay) {
    setConfirming(null);
    removeFailure.clear();
    setNotice(null);
    setRemoving(day.date);
    try {
      const result = await removeDay({ variables: { date: day.date } });
      setNotice(
        t('dossier.calendar.removed', {
          date: formatDayMonthYear(day.date),
          count: result.data?.removeCalendarDay.affectedDossiers ?? 0,
        }),
      );
      refetch();
    } catch (error) {
      removeFailure.show(error);
    } finally {
      setRemoving(null);
    }
  }

  const weekdayNames = (calendar?.workingWeekdays ?? [])
    .map((day) => t(`dossier.calendar.weekday.${day}` as 'dossier.calendar.weekday.1'))
    .join(', ');

  return (
    <Stack gap="md">
      <PageHeader title={t('dossier.calendar.heading')} description={t('dossier.calendar.intro')} />
      {!editable && (
        <Text size="sm" c="dimmed">
          {t('dossier.calendar.readOnly')}
        </Text>
      )}
      {query.error && !calendar ? (
        <LoadErrorAlert onRetry={refetch} />
      ) : !calendar ? (
        <LoadingState />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Text size="sm">
              <Text span fw={600}>
                {t('dossier.calendar.weekdays')}:
              </Text>{' '}
              {weekdayNames}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('dossier.calendar.shifts')}:
              </Text>{' '}
              {calendar.shifts.map((shift) => `${shift.start}–${shift.end}`).join(', ')}
            </Text>
          </SimpleGrid>
          <Text size="sm">{t('dossier.calendar.cutOff', { time: calendar.receptionCutOff })}</Text>
          {editable && <CalendarSettingsForm calendar={calendar} onSaved={refetch} />}
          <Group justify="space-between" align="flex-end">
            <Select
              label={t('dossier.calendar.year')}
              data={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map(String)}
              value={String(year)}
              onChange={(value) => value && setYear(Number(value))}
              allowDeselect={false}
              w={140}
            />
            {editable && (
              <Button onClick={() => setEditing({ date: null, kind: 'DAY_OFF', name: '' })}>
                {t('dossier.calendar.add')}
              </Button>
            )}
          </Group>
          {notice && (
            <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
          <FormFailureAlert message={removeFailure.message} />
          {calendar.days.length === 0 ? (
            <EmptyResult title={t('dossier.calendar.empty')} />
          ) : (
            <DaysTable
              year={year}
              days={calendar.days}
              editable={editable}
              onEdit={(day) => setEditing({ date: day.date, kind: day.kind, name: day.name })}
              onRemove={setConfirming}
              removing={removing}
            />
          )}
        </>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? t('dossier.calendar.removeFor', { date: formatDayMonthYear(confirming.date) }) : ''}
      >
        {confirming && (
          <Stack gap="md">
            <Text size="sm">{t('dossier.calendar.removeConfirm', { name: confirming.name })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('form.cancel')}
              </Button>
              <Button color="red.9" onClick={() => void remove(confirming)} data-autofocus>
                {t('dossier.calendar.remove')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('dossier.calendar.add')}>
        {editing && (
          <DayForm
            initial={editing}
            onCancel={() => setEditing(null)}
            onSaved={(date, affected) => {
              setEditing(null);
              setNotice(t('dossier.calendar.saved', { date: formatDayMonthYear(date), count: affected }));
              if (dayjs(date).year() !== year) setYear(dayjs(date).year());
              refetch();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
