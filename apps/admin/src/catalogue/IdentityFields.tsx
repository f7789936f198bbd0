import { Autocomplete, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CatalogueFieldsDocument, useQuery, type AdminLevel, type ApplicantType } from '@motcua/graphql-client';
import { agencyOptions, useAgencies } from './catalogueData';

export interface IdentityValues {
  code: string;
  name: string;
  field: string;
  level: AdminLevel;
  applicantTypes: ApplicantType[];
  competentAgencyId: string | null;
}

export const adminLevels: readonly AdminLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'CENTRAL'];
const applicantTypes: readonly ApplicantType[] = ['CITIZEN', 'ORGANISATION'];

/** The identity as the API takes it, once `identityValidation` found nothing. */
export function identityInput(values: IdentityValues) {
  return {
    name: values.name.trim(),
    field: values.field.trim(),
    level: values.level,
    applicantTypes: values.applicantTypes,
    competentAgencyId: values.competentAgencyId!,
  };
}

/** The same checks the API makes on a procedure's identity, so most mistakes show at once. */
export function identityValidation(t: TFunction) {
  return {
    code: (value: string) => {
      if (value.trim() === '') return t('catalogue.identity.errors.codeRequired');
      return /^\S+$/.test(value.trim()) ? null : t('catalogue.identity.errors.codeSpaces');
    },
    name: (value: string) => (value.trim() ? null : t('catalogue.identity.errors.nameRequired')),
    field: (value: string) => (value.trim() ? null : t('catalogue.identity.errors.fieldRequired')),
    applicantTypes: (value: ApplicantType[]) =>
      value.length > 0 ? null : t('catalogue.identity.errors.applicantTypesRequired'),
    competentAgencyId: (value: string | null) => (value ? null : t('catalogue.identity.errors.agencyRequired')),
  };
}

/** Code, name, field, level, applicants and competent agency: for adding a procedure and for editing one. */
export function IdentityFields({ form, codeFixed }: { form: UseFormReturnType<IdentityValues>; codeFixed: boolean }) {
  const { t } = useTranslation();
  const fields = useQuery(CatalogueFieldsDocument);
  const { agencies, loading } = useAgencies();
  return (
    <Stack gap="md">
      <TextInput
        label={t('catalogue.identity.code')}
        description={t('catalogue.identity.codeHint')}
        required={!codeFixed}
        disabled={codeFixed}
        autoComplete="off"
        {...form.getInputProps('code')}
      />
      <TextInput label={t('catalogue.identity.name')} required {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Autocomplete
          label={t('catalogue.identity.field')}
          required
          data={fields.data?.procedureFields.map((item) => item.field) ?? []}
          {...form.getInputProps('field')}
        />
        <Select
          label={t('catalogue.identity.level')}
          required
          allowDeselect={false}
          data={adminLevels.map((level) => ({ value: level, label: t(`adminLevel.${level}`) }))}
          {...form.getInputProps('level')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('catalogue.identity.applicantTypes')}
        required
        data={applicantTypes.map((type) => ({ value: type, label: t(`catalogue.applicantType.${type}`) }))}
        {...form.getInputProps('applicantTypes')}
      />
      <Select
        label={t('catalogue.identity.competentAgency')}
        placeholder={t('catalogue.identity.agencyPlaceholder')}
        required
        searchable
        nothingFoundMessage={t('catalogue.identity.nothingFound')}
        disabled={loading}
        data={agencyOptions(agencies)}
        {...form.getInputProps('competentAgencyId')}
      />
    </Stack>
  );
}
