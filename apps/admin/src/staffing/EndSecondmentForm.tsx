import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EndSecondmentDocument, showMutationFailure, useMutation } from '@motcua/graphql-client';
import { formatDayMonthYear, todayIso } from '../dates/isoDates';
import type { SecondmentRow } from './useSectionStaffing';

interface EndSecondmentValues {
  endsOn: string | null;
  reason: string;
}

/**
 * "Kết thúc sớm": the new last day (today unless changed) and why. The reason is kept with the
 * secondment, so it is required; the API checks the date lies within the round.
 */
export function EndSecondmentForm({
  secondment,
  onEnded,
  onCancel,
}: {
  secondment: SecondmentRow;
  onEnded: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [endSecondment, { loading }] = useMutation(EndSecondmentDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EndSecondmentValues>({
    mode: 'controlled',
    initialValues: { endsOn: todayIso(), reason: '' },
    validate: {
      endsOn: (value) => (value ? null : t('staffing.endForm.errors.endsOnRequired')),
      reason: (value) => (value.trim() ? null : t('staffing.endForm.errors.reasonRequired')),
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await endSecondment({
        variables: { input: { secondmentId: secondment.id, endsOn: values.endsOn!, reason: values.reason.trim() } },
      });
      onEnded();
    } catch (error) {
      showMutationFailure(form, error, {
        language: i18n.resolvedLanguage,
        fallback: t('form.unexpected'),
        setFormError,
      });
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('staffing.endForm.description', {
            name: secondment.official.fullName,
            counter: secondment.counter.name,
            date: formatDayMonthYear(secondment.endsOn),
          })}
        </Text>
        <DatePickerInput
          label={t('staffing.endForm.endsOn')}
          valueFormat="DD/MM/YYYY"
          required
          minDate={secondment.startsOn}
          maxDate={secondment.endsOn}
          {...form.getInputProps('endsOn')}
        />
        <Textarea
          label={t('staffing.endForm.reason')}
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        {formError && (
          <Alert
            color="red"
            variant="light"
            title={t('form.saveFailed')}
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
          >
            <Text size="sm">{formError}</Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={loading}>
            {t('staffing.endForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
