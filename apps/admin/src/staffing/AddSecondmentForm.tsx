import { MultiSelect, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  AddSecondmentDocument,
  SecondableOfficialsDocument,
  showMutationFailure,
  useMutation,
  useQuery,
} from '@motcua/graphql-client';
import { formatDayMonthYear, todayIso } from '../dates/isoDates';
import { FormFooter } from '../forms/FormFooter';
import { useMutationFailure } from '../forms/useMutationFailure';
import { checkTerm, defaultEndsOn } from './secondmentRules';
import type { StaffingCounter } from './useSectionStaffing';

interface AddSecondmentValues {
  officialId: string | null;
  counterId: string | null;
  fields: string[];
  startsOn: string | null;
  endsOn: string | null;
}

/** The most the API gives at once (100): every official of the province's departments fits. */
const officialsToOffer = 100;

/**
 * "Cử cán bộ": who, where, for which fields, from when to when. Checks the decree's rules before
 * sending, so most mistakes are caught at once; the API checks them again (and the ones the form
 * cannot know, such as years of service and overlaps), and its answer goes beside the field it
 * names.
 */
export function AddSecondmentForm({
  counters,
  officialId = null,
  onAdded,
  onCancel,
}: {
  counters: StaffingCounter[];
  /** The official to start with, such as one just recorded with "Thêm cán bộ". */
  officialId?: string | null;
  onAdded: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const officials = useQuery(SecondableOfficialsDocument, { variables: { first: officialsToOffer } });
  const [addSecondment, { loading }] = useMutation(AddSecondmentDocument);
  const today = todayIso();

  const form = useForm<AddSecondmentValues>({
    mode: 'controlled',
    // A round usually starts now and lasts a year; both dates can be changed.
    initialValues: { officialId, counterId: null, fields: [], startsOn: today, endsOn: defaultEndsOn(today) },
    validate: {
      officialId: (value) => (value ? null : t('staffing.addForm.errors.officialRequired')),
      counterId: (value) => (value ? null : t('staffing.addForm.errors.counterRequired')),
      fields: (value) => (value.length > 0 ? null : t('staffing.addForm.errors.fieldsRequired')),
      startsOn: (value) => (value ? null : t('staffing.addForm.errors.startsOnRequired')),
      endsOn: (value, values) => {
        if (!value) return t('staffing.addForm.errors.endsOnRequired');
        if (!values.startsOn) return null;
        const problem = checkTerm(values.startsOn, value);
        if (problem?.kind === 'endBeforeStart') return t('staffing.addForm.errors.endBeforeStart');
        if (problem?.kind === 'term') {
          return t('staffing.addForm.errors.term', {
            shortest: formatDayMonthYear(problem.shortest),
            longest: formatDayMonthYear(problem.longest),
          });
        }
        return null;
      },
    },
  });

  const officialOptions =
    officials.data?.officials.edges.map(({ node }) => ({
      value: node.id,
      label: t('staffing.addForm.officialOption', {
        name: node.fullName,
        agency: node.homeAgency.shortName,
        years: node.yearsOfService,
      }),
    })) ?? [];
  const chosenCounter = counters.find((counter) => counter.id === form.values.counterId);
  const counterInput = form.getInputProps('counterId');

  const failure = useMutationFailure(form);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    try {
      const result = await addSecondment({
        variables: {
          input: {
            officialId: values.officialId!,
            counterId: values.counterId!,
            fields: values.fields,
            startsOn: values.startsOn!,
            endsOn: values.endsOn!,
          },
        },
      });
      onAdded(result.data?.addSecondment.secondment.official.fullName ?? '');
    } catch (error) {
      failure.show(error);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Select
          label={t('staffing.addForm.official')}
          placeholder={t('staffing.addForm.officialPlaceholder')}
          data={officialOptions}
          searchable
          nothingFoundMessage={t('staffing.addForm.nothingFound')}
          required
          data-autofocus
          disabled={officials.loading && !officials.data}
          {...form.getInputProps('officialId')}
        />
        <Select
          label={t('staffing.addForm.counter')}
          placeholder={t('staffing.addForm.counterPlaceholder')}
          data={counters.map((counter) => ({ value: counter.id, label: counter.name }))}
          searchable
          nothingFoundMessage={t('staffing.addForm.nothingFound')}
          required
          {...counterInput}
          onChange={(value) => {
            counterInput.onChange(value);
            // Fields belong to a counter: those of the previous one would be refused.
            form.setFieldValue('fields', []);
          }}
        />
        <MultiSelect
          label={t('staffing.addForm.fields')}
          placeholder={
            chosenCounter ? t('staffing.addForm.fieldsPlaceholder') : t('staffing.addForm.fieldsPickCounter')
          }
          data={chosenCounter?.fields ?? []}
          disabled={!chosenCounter}
          searchable
          nothingFoundMessage={t('staffing.addForm.nothingFound')}
          required
          {...form.getInputProps('fields')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DatePickerInput
            label={t('staffing.addForm.startsOn')}
            valueFormat="DD/MM/YYYY"
            required
            {...form.getInputProps('startsOn')}
          />
          <DatePickerInput
            label={t('staffing.addForm.endsOn')}
            valueFormat="DD/MM/YYYY"
            required
            minDate={form.values.startsOn ?? undefined}
            {...form.getInputProps('endsOn')}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('staffing.addForm.termHint')}
        </Text>
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={t('staffing.addForm.submit')}
          submitting={loading}
        />
      </Stack>
    </form>
  );
}
