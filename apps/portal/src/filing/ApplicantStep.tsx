import { Checkbox, Fieldset, Radio, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FilingValues } from './filingForm';

export type FilingForm = UseFormReturnType<FilingValues>;

/** Người nộp: a person (CCCD) or an organisation (enterprise code), contact, and an optional representative. */
export function ApplicantStep({ form }: { form: FilingForm }) {
  const { t } = useTranslation();
  const { applicant } = form.getValues();
  const person = applicant.kind === 'PERSON';
  return (
    <Stack gap="md">
      <Radio.Group {...form.getInputProps('applicant.kind')} label={t('onlineFiling.applicant.kind')} required>
        <Group gap="lg" mt={6}>
          <Radio value="PERSON" label={t('onlineFiling.applicant.kinds.PERSON')} />
          <Radio value="ORGANISATION" label={t('onlineFiling.applicant.kinds.ORGANISATION')} />
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...form.getInputProps('applicant.name')}
          label={t(person ? 'onlineFiling.applicant.name' : 'onlineFiling.applicant.organisationName')}
          required
          autoComplete={person ? 'name' : 'organization'}
        />
        <TextInput
          {...form.getInputProps('applicant.idNumber')}
          label={t(person ? 'onlineFiling.applicant.idNumber' : 'onlineFiling.applicant.enterpriseCode')}
          description={t(person ? 'onlineFiling.applicant.idNumberHint' : 'onlineFiling.applicant.enterpriseCodeHint')}
          required
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
        />
      </SimpleGrid>
      <Textarea
        {...form.getInputProps('applicant.address')}
        label={t('onlineFiling.applicant.address')}
        required
        autosize
        minRows={2}
        autoComplete="street-address"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          {...form.getInputProps('applicant.phone')}
          label={t('onlineFiling.applicant.phone')}
          description={t('onlineFiling.applicant.contactHint')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
        />
        <TextInput
          {...form.getInputProps('applicant.email')}
          label={t('onlineFiling.applicant.email')}
          description={t('onlineFiling.applicant.contactHint')}
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
      </SimpleGrid>
      <Checkbox
        {...form.getInputProps('applicant.hasRepresentative', { type: 'checkbox' })}
        label={t('onlineFiling.applicant.hasRepresentative')}
      />
      {applicant.hasRepresentative && (
        <Fieldset legend={t('onlineFiling.applicant.representative')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                {...form.getInputProps('applicant.representative.name')}
                label={t('onlineFiling.applicant.representativeName')}
                required
              />
              <TextInput
                {...form.getInputProps('applicant.representative.idNumber')}
                label={t('onlineFiling.applicant.representativeIdNumber')}
                description={t('onlineFiling.applicant.idNumberHint')}
                required
                inputMode="numeric"
                autoComplete="off"
              />
              <TextInput
                {...form.getInputProps('applicant.representative.phone')}
                label={t('onlineFiling.applicant.representativePhone')}
                type="tel"
                inputMode="tel"
              />
              <TextInput
                {...form.getInputProps('applicant.representative.authorisation')}
                label={t('onlineFiling.applicant.authorisation')}
                description={t('onlineFiling.applicant.authorisationHint')}
                required
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
      )}
    </Stack>
  );
}
