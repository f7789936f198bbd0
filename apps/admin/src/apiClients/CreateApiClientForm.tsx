import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CreateApiClientDocument, useMutation, type ApiScope } from '@motcua/graphql-client';
import { useAgencyOptions } from '../forms/agencyOptions';
import { FormFooter } from '../forms/FormFooter';
import { useMutationFailure } from '../forms/useMutationFailure';

export const apiScopes: ApiScope[] = ['CATALOGUE_READ', 'ORGANIZATIONS_READ', 'DOSSIERS_READ', 'STATISTICS_READ'];

interface CreateApiClientValues {
  name: string;
  ownerAgencyId: string | null;
  scopes: string[];
}

/** "Tạo khoá": who the key is for and what it may read. Hands the new key to `onCreated`. */
export function CreateApiClientForm({
  onCreated,
  onCancel,
}: {
  onCreated: (apiKey: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencyOptions();
  const [createApiClient, { loading }] = useMutation(CreateApiClientDocument);
  const form = useForm<CreateApiClientValues>({
    mode: 'controlled',
    initialValues: { name: '', ownerAgencyId: null, scopes: [] },
    validate: {
      name: (value) => (value.trim() ? null : t('apiClients.form.errors.nameRequired')),
      ownerAgencyId: (value) => (value ? null : t('apiClients.form.errors.ownerRequired')),
      scopes: (value) => (value.length > 0 ? null : t('apiClients.form.errors.scopesRequired')),
    },
  });

  const failure = useMutationFailure(form);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    try {
      const result = await createApiClient({
        variables: {
          input: {
            name: values.name.trim(),
            ownerAgencyId: values.ownerAgencyId!,
            scopes: values.scopes as ApiScope[],
          },
        },
      });
      onCreated(result.data?.createApiClient.apiKey ?? '');
    } catch (error) {
      failure.show(error);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('apiClients.form.name')} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('apiClients.form.owner')}
          data={agencies.options}
          searchable
          required
          disabled={agencies.loading}
          nothingFoundMessage={t('staffing.addForm.nothingFound')}
          {...form.getInputProps('ownerAgencyId')}
        />
        <Checkbox.Group label={t('apiClients.form.scopes')} required {...form.getInputProps('scopes')}>
          <Stack gap="xs" mt="xs">
            {apiScopes.map((scope) => (
              <Checkbox key={scope} value={scope} label={t(`apiScope.${scope}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={t('apiClients.form.submit')}
          submitting={loading}
        />
      </Stack>
    </form>
  );
}
