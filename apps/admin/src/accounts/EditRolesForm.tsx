import { Alert, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SetAccountRolesDocument, useMutation, useSession } from '@motcua/graphql-client';
import { useAgencyOptions } from '../forms/agencyOptions';
import { FormFooter } from '../forms/FormFooter';
import { useMutationFailure } from '../forms/useMutationFailure';
import { checkRoleGrants, grantsInput, type RoleGrantDraft } from './accountRules';
import { roleGrantErrors, RoleGrantsInput } from './RoleGrantsInput';
import type { AccountRow } from './useAccounts';

interface EditRolesValues {
  roles: RoleGrantDraft[];
}

/**
 * "Sửa vai trò": the account's whole set of roles, which replaces the current one. An empty set
 * is allowed (it takes every role away, and with them the console); one's own SYSTEM_ADMIN role
 * is not, here as in the API. The answer updates the table's row through the cache.
 */
export function EditRolesForm({
  account,
  onSaved,
  onCancel,
}: {
  account: AccountRow;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const agencies = useAgencyOptions();
  const [setAccountRoles, { loading }] = useMutation(SetAccountRolesDocument);
  const isOwnAccount = session.account?.id === account.id;
  const form = useForm<EditRolesValues>({
    mode: 'controlled',
    initialValues: {
      roles: account.roles.map((grant) => ({ key: randomId(), role: grant.role, agencyId: grant.agency.id })),
    },
    validate: (values) =>
      roleGrantErrors(checkRoleGrants(values.roles, { requireOne: false, keepSystemAdmin: isOwnAccount }), t),
  });

  const failure = useMutationFailure(form);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    try {
      await setAccountRoles({ variables: { input: { accountId: account.id, roles: grantsInput(values.roles) } } });
      onSaved();
    } catch (error) {
      failure.show(error);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('accounts.rolesForm.description', { name: account.displayName, username: account.username })}
        </Text>
        <RoleGrantsInput form={form} agencies={agencies.options} agenciesLoading={agencies.loading} />
        {form.values.roles.length === 0 && (
          <Alert color="yellow" variant="light">
            <Text size="sm">{t('accounts.rolesForm.noneWarning')}</Text>
          </Alert>
        )}
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={t('accounts.rolesForm.submit')}
          submitting={loading}
        />
      </Stack>
    </form>
  );
}
