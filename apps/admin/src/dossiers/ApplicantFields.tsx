import { Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApplicantInput, ApplicantKind } from '@motcua/graphql-client';
import { optionalText } from '../forms/optionalText';

export interface ApplicantValues {
  applicant: {
    kind: ApplicantKind;
    name: string;
    idNumber: string;
    address: string;
    phone: string;
    email: string;
    representative: { name: string; idNumber: string; phone: string; authorisation: string };
  };
  withRepresentative: boolean;
}

export const emptyApplicant: ApplicantValues = {
  applicant: {
    kind: 'PERSON',
    name: '',
    idNumber: '',
    address: '',
    phone: '',
    email: '',
    representative: { name: '', idNumber: '', phone: '', authorisation: '' },
  },
  withRepresentative: false,
};

const citizenId = /^\d{12}$/;
const enterpriseCode = /^\d{10}(-\d{3})?$/;
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The checks the counter can make at once, as the API makes them (it checks again): a name, a
 * 12-digit CCCD or an enterprise code, an address, a well-formed email, and a representative's
 * details when one acts for the applicant. Keyed by the form's paths, which are the API's.
 */
export function applicantProblems(t: TFunction, values: ApplicantValues): Record<string, string> {
  const { applicant } = values;
  const errors: Record<string, string> = {};
  if (!applicant.name.trim()) errors['applicant.name'] = t('dossier.reception.errors.nameRequired');
  const idPattern = applicant.kind === 'PERSON' ? citizenId : enterpriseCode;
  if (!idPattern.test(applicant.idNumber.trim()))
    errors['applicant.idNumber'] = t(`dossier.reception.errors.idNumber${applicant.kind}`);
  if (!applicant.address.trim()) errors['applicant.address'] = t('dossier.reception.errors.addressRequired');
  if (applicant.email.trim() && !email.test(applicant.email.trim()))
    errors['applicant.email'] = t('dossier.reception.errors.email');
  if (values.withRepresentative) {
    const representative = applicant.representative;
    if (!representative.name.trim())
      errors['applicant.representative.name'] = t('dossier.reception.errors.representativeName');
    if (!citizenId.test(representative.idNumber.trim()))
      errors['applicant.representative.idNumber'] = t('dossier.reception.errors.representativeIdNumber');
    if (!representative.authorisation.trim())
      errors['applicant.representative.authorisation'] = t('dossier.reception.errors.authorisation');
  }
  return errors;
}

/** The applicant as the API takes it: trimmed, empty optional fields as null. */
export function applicantInput(values: ApplicantValues): ApplicantInput {
  const { applicant } = values;
  const representative = applicant.representative;
  return {
    kind: applicant.kind,
    name: applicant.name.trim(),
    idNumber: applicant.idNumber.trim(),
    address: applicant.address.trim(),
    phone: optionalText(applicant.phone),
    email: optionalText(applicant.email),
    representative: values.withRepresentative
      ? {
          name: representative.name.trim(),
          idNumber: representative.idNumber.trim(),
          phone: optionalText(representative.phone),
          authorisation: representative.authorisation.trim(),
        }
      : null,
  };
}

/** Who the dossier is for (chủ hồ sơ), and who hands it in for them under an authorisation. */
export function ApplicantFields<Values extends ApplicantValues>({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const kind = values.applicant.kind;
  return (
    <Fieldset legend={t('dossier.reception.applicant')} variant="unstyled">
      <Stack gap="sm">
        <Radio.Group label={t('dossier.reception.kind')} {...form.getInputProps('applicant.kind')}>
          <Group gap="lg" mt={4}>
            <Radio value="PERSON" label={t('dossier.reception.kindPERSON')} />
            <Radio value="ORGANISATION" label={t('dossier.reception.kindORGANISATION')} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={kind === 'PERSON' ? t('dossier.reception.name') : t('dossier.reception.organisationName')}
            required
            autoComplete="off"
            {...form.getInputProps('applicant.name')}
          />
          <TextInput
            label={t(`dossier.reception.idNumber${kind}`)}
            description={t(`dossier.reception.idNumberHint${kind}`)}
            required
            inputMode="numeric"
            autoComplete="off"
            {...form.getInputProps('applicant.idNumber')}
          />
        </SimpleGrid>
        <TextInput label={t('dossier.reception.address')} required {...form.getInputProps('applicant.address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('dossier.reception.phone')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('applicant.phone')}
          />
          <TextInput
            label={t('dossier.reception.email')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('applicant.email')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('dossier.reception.withRepresentative')}
          {...form.getInputProps('withRepresentative', { type: 'checkbox' })}
        />
        {values.withRepresentative && (
          <Fieldset legend={t('dossier.reception.representative')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('dossier.reception.representativeName')}
                  required
                  {...form.getInputProps('applicant.representative.name')}
                />
                <TextInput
                  label={t('dossier.reception.representativeIdNumber')}
                  required
                  inputMode="numeric"
                  {...form.getInputProps('applicant.representative.idNumber')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('dossier.reception.representativePhone')}
                  type="tel"
                  {...form.getInputProps('applicant.representative.phone')}
                />
                <TextInput
                  label={t('dossier.reception.authorisation')}
                  placeholder={t('dossier.reception.authorisationPlaceholder')}
                  required
                  {...form.getInputProps('applicant.representative.authorisation')}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
        )}
      </Stack>
    </Fieldset>
  );
}
