import { Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { EndSecondmentDocument, showMutationFailure, useMutation } from '@motcua/graphql-client';
import { formatDayMonthYear, todayIso } from '../dates/isoDates';
import { FormFooter } from '../forms/FormFooter';
import { useMutationFailure } from '../forms/useMutationFailure';
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
  const { t } = useTranslation();
  const [endSecondment, { loading }] = useMutation(EndSecondmentDocument);
  const form = useForm<EndSecondmentValues>({
    mode: 'controlled',
    initialValues: { endsOn: todayIso(), reason: '' },
    validate: {
      endsOn: (value) => (value ? null : t('staffing.endForm.errors.endsOnRequired')),
      reason: (value) => (value.trim() ? null : t('staffing.endForm.errors.reasonRequired')),
    },
  });

  const failure = useMutationFailure(form);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    try {
      await endSecondment({
        variables: { input: { secondmentId: secondment.id, endsOn: values.endsOn!, reason: values.reason.trim() } },
      });
      onEnded();
    } catch (error) {
      failure.show(error);
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
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={t('staffing.endForm.submit')}
          submitting={loading}
          destructive
        />
      </Stack>
    </form>
  );
}
