import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  AdministrativeUnitChildrenDocument,
  CreateAgencyDocument,
  UpdateAgencyDocument,
  useMutation,
  type AgencyKind,
  type UnitAgencyFragment,
} from '@motcua/graphql-client';
import { FormFooter } from '../forms/FormFooter';
import { optionalText } from '../forms/optionalText';
import { useMutationFailure } from '../forms/useMutationFailure';
import {
  agencyTextProblem,
  type AgencyProblem,
  electronicIdProblem,
  maxNameLength,
  maxShortNameLength,
  normaliseElectronicId,
} from './agencyRules';
import type { UnitSummary } from './unitTreeData';

export const agencyKinds: AgencyKind[] = ['DEPARTMENT', 'PEOPLES_COMMITTEE', 'SERVICE_CENTRE', 'CENTRAL_OFFICE'];

interface AgencyValues {
  electronicId: string;
  name: string;
  shortName: string;
  kind: AgencyKind | null;
  address: string;
  phone: string;
}

/**
 * An agency of `unit`: a new one, or `agency` edited. What identifies an agency (its electronic
 * ID, used in dossier codes), its kind and its unit are set once, so editing shows them without
 * letting them change, as the API does. System administrators only.
 */
export function AgencyForm({
  unit,
  agency,
  onSaved,
  onCancel,
}: {
  unit: UnitSummary;
  agency?: UnitAgencyFragment;
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const editing = agency !== undefined;
  const [createAgency, created] = useMutation(CreateAgencyDocument, {
    // The unit's list gains a row; pickers of every agency learn of it the next time they open.
    refetchQueries: [{ query: AdministrativeUnitChildrenDocument, variables: { id: unit.id } }],
    awaitRefetchQueries: true,
    update: (cache) => void cache.evict({ id: 'ROOT_QUERY', fieldName: 'agencies' }),
  });
  // The answer carries the agency's fields, so the cache updates its row (and pickers) in place.
  const [updateAgency, updated] = useMutation(UpdateAgencyDocument);
  const form = useForm<AgencyValues>({
    mode: 'controlled',
    initialValues: {
      electronicId: agency?.electronicId ?? '',
      name: agency?.name ?? '',
      shortName: agency?.shortName ?? '',
      kind: agency?.kind ?? null,
      address: agency?.address ?? '',
      phone: agency?.phone ?? '',
    },
    validate: {
      electronicId: (value) =>
        editing ? null : errorText(value.trim() ? electronicIdProblem(value) : 'required', 'electronicId'),
      name: (value) => errorText(agencyTextProblem(value, maxNameLength), 'name'),
      shortName: (value) => errorText(agencyTextProblem(value, maxShortNameLength), 'shortName'),
      kind: (value) => (value ? null : t('agencies.form.errors.kindRequired')),
    },
  });
  const failure = useMutationFailure(form);

  function errorText(problem: AgencyProblem, field: 'electronicId' | 'name' | 'shortName') {
    if (!problem) return null;
    if (problem === 'electronicIdFormat') return t('agencies.form.errors.electronicIdFormat');
    if (problem === 'required') return t(`agencies.form.errors.${field}Required`);
    return t('agencies.form.errors.tooLong', { max: field === 'shortName' ? maxShortNameLength : maxNameLength });
  }

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    const common = {
      name: values.name.trim(),
      shortName: values.shortName.trim(),
      address: optionalText(values.address),
      phone: optionalText(values.phone),
    };
    try {
      if (editing) {
        await updateAgency({ variables: { input: { id: agency.id, ...common } } });
      } else {
        await createAgency({
          variables: {
            input: {
              ...common,
              electronicId: normaliseElectronicId(values.electronicId),
              kind: values.kind!,
              unitId: unit.id,
            },
          },
        });
      }
      onSaved(common.name);
    } catch (error) {
      failure.show(error);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('agencies.form.unit', { unit: unit.name })}
          {editing && ` ${t('agencies.form.fixedFields')}`}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('agencies.form.electronicId')}
            description={editing ? undefined : t('agencies.form.electronicIdHint')}
            required={!editing}
            readOnly={editing}
            variant={editing ? 'filled' : 'default'}
            autoCapitalize="characters"
            spellCheck={false}
            // The ID in monospace, as the table shows it; the label and hint stay in the text font.
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-autofocus={editing ? undefined : true}
            {...form.getInputProps('electronicId')}
          />
          <Select
            label={t('agencies.form.kind')}
            placeholder={t('agencies.form.kindPlaceholder')}
            data={agencyKinds.map((kind) => ({ value: kind, label: t(`agencyKind.${kind}`) }))}
            required={!editing}
            readOnly={editing}
            variant={editing ? 'filled' : 'default'}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <TextInput
          label={t('agencies.form.name')}
          required
          data-autofocus={editing ? true : undefined}
          {...form.getInputProps('name')}
        />
        <TextInput label={t('agencies.form.shortName')} required {...form.getInputProps('shortName')} />
        <TextInput label={t('agencies.form.address')} autoComplete="off" {...form.getInputProps('address')} />
        <TextInput label={t('agencies.form.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={editing ? t('agencies.form.submitEdit') : t('agencies.form.submitCreate')}
          submitting={created.loading || updated.loading}
        />
      </Stack>
    </form>
  );
}
