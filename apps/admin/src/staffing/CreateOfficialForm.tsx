import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CreateOfficialDocument, useMutation } from '@motcua/graphql-client';
import { useAgencyOptions } from '../forms/agencyOptions';
import { FormFooter } from '../forms/FormFooter';
import { optionalText } from '../forms/optionalText';
import { useMutationFailure } from '../forms/useMutationFailure';
import { officialProblems, type OfficialValues } from './officialRules';

export interface CreatedOfficial {
  id: string;
  fullName: string;
}

/**
 * "Thêm cán bộ": an official a department may second, recorded so that they can be picked in
 * "Cử cán bộ". Centre managers and system administrators, as the API allows. Checked here first;
 * the API's answer goes beside the field it names.
 */
export function CreateOfficialForm({
  onCreated,
  onCancel,
}: {
  onCreated: (official: CreatedOfficial) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencyOptions();
  const [createOfficial, { loading }] = useMutation(CreateOfficialDocument, {
    // The picker of officials asks again the next time it opens, and finds the new one.
    update: (cache) => void cache.evict({ id: 'ROOT_QUERY', fieldName: 'officials' }),
  });
  const form = useForm<OfficialValues>({
    mode: 'controlled',
    initialValues: { fullName: '', position: '', homeAgencyId: null, yearsOfService: '', email: '', phone: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const [field, problem] of Object.entries(officialProblems(values))) {
        if (problem) errors[field] = t(`staffing.officialForm.errors.${problem}`);
      }
      return errors;
    },
  });
  const failure = useMutationFailure(form);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    try {
      const result = await createOfficial({
        variables: {
          input: {
            fullName: values.fullName.trim(),
            position: values.position.trim(),
            homeAgencyId: values.homeAgencyId!,
            yearsOfService: Number(values.yearsOfService),
            email: optionalText(values.email),
            phone: optionalText(values.phone),
          },
        },
      });
      const official = result.data?.createOfficial.official;
      onCreated({ id: official?.id ?? '', fullName: official?.fullName ?? values.fullName.trim() });
    } catch (error) {
      failure.show(error);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('staffing.officialForm.fullName')}
          required
          data-autofocus
          autoComplete="off"
          {...form.getInputProps('fullName')}
        />
        <TextInput
          label={t('staffing.officialForm.position')}
          placeholder={t('staffing.officialForm.positionPlaceholder')}
          required
          {...form.getInputProps('position')}
        />
        <Select
          label={t('staffing.officialForm.homeAgency')}
          placeholder={t('staffing.officialForm.homeAgencyPlaceholder')}
          data={agencies.options}
          searchable
          required
          disabled={agencies.loading}
          nothingFoundMessage={t('staffing.addForm.nothingFound')}
          {...form.getInputProps('homeAgencyId')}
        />
        <NumberInput
          label={t('staffing.officialForm.yearsOfService')}
          description={t('staffing.officialForm.yearsOfServiceHint')}
          required
          min={0}
          max={50}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps('yearsOfService')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('staffing.officialForm.email')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('staffing.officialForm.phone')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={t('staffing.officialForm.submit')}
          submitting={loading}
        />
      </Stack>
    </form>
  );
}
