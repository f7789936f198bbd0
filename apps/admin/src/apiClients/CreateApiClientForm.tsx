import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  ApiClientOwnerAgenciesDocument,
  CreateApiClientDocument,
  showMutationFailure,
  useMutation,
  useQuery,
  type ApiScope,
} from '@motcua/graphql-client';

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
  const { t, i18n } = useTranslation();
  const agencies = useQuery(ApiClientOwnerAgenciesDocument);
  const [createApiClient, { loading }] = useMutation(CreateApiClientDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateApiClientValues>({
    mode: 'controlled',
    initialValues: { name: '', ownerAgencyId: null, scopes: [] },
    validate: {
      name: (value) => (value.trim() ? null : t('apiClients.form.errors.nameRequired')),
      ownerAgencyId: (value) => (value ? null : t('apiClients.form.errors.ownerRequired')),
      scopes: (value) => (value.length > 0 ? null : t('apiClients.form.errors.scopesRequired')),
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFormError(null);
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
        <TextInput label={t('apiClients.form.name')} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('apiClients.form.owner')}
          data={
            agencies.data?.agencies.edges.map(({ node }) => ({
              value: node.id,
              label: `${node.shortName} — ${node.name}`,
            })) ?? []
          }
          searchable
          required
          disabled={agencies.loading && !agencies.data}
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
          <Button type="submit" loading={loading}>
            {t('apiClients.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
