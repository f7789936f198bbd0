import { Stack, TextInput } from '@mantine/core';
import { PasswordField } from '@motcua/ui';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CreateStaffAccountDocument, useMutation } from '@motcua/graphql-client';
import { useAgencyOptions } from '../forms/agencyOptions';
import { FormFooter } from '../forms/FormFooter';
import { useMutationFailure } from '../forms/useMutationFailure';
import {
  checkRoleGrants,
  displayNameProblem,
  grantsInput,
  normaliseUsername,
  passwordProblem,
  usernameProblem,
  type RoleGrantDraft,
} from './accountRules';
import { emptyGrant, roleGrantErrors, RoleGrantsInput } from './RoleGrantsInput';

interface CreateStaffAccountValues {
  username: string;
  displayName: string;
  password: string;
  roles: RoleGrantDraft[];
}

/**
 * "Tạo tài khoản cán bộ": who, an initial password, and at least one role within an agency.
 * Checked here against the API's rules first; the API's answer (a taken username, say) goes
 * beside the field it names, and nothing is written.
 */
export function CreateStaffAccountForm({
  onCreated,
  onCancel,
}: {
  onCreated: (username: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencyOptions();
  const [createStaffAccount, { loading }] = useMutation(CreateStaffAccountDocument);
  const form = useForm<CreateStaffAccountValues>({
    mode: 'controlled',
    initialValues: { username: '', displayName: '', password: '', roles: [emptyGrant()] },
    validate: (values) => {
      const problems = {
        username: usernameProblem(values.username),
        displayName: displayNameProblem(values.displayName),
        password: passwordProblem(values.password),
      };
      const errors: Record<string, string> = {};
      for (const [field, problem] of Object.entries(problems)) {
        if (problem) errors[field] = t(`accounts.createForm.errors.${problem}`);
      }
      const roles = checkRoleGrants(values.roles, { requireOne: true, keepSystemAdmin: false });
      return { ...errors, ...roleGrantErrors(roles, t) };
    },
  });

  const failure = useMutationFailure(form);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    try {
      const result = await createStaffAccount({
        variables: {
          input: {
            username: normaliseUsername(values.username),
            displayName: values.displayName.trim(),
            password: values.password,
            roles: grantsInput(values.roles),
          },
        },
      });
      onCreated(result.data?.createStaffAccount.account.username ?? '');
    } catch (error) {
      failure.show(error);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('accounts.createForm.username')}
          description={t('accounts.createForm.usernameHint')}
          required
          data-autofocus
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...form.getInputProps('username')}
        />
        <TextInput
          label={t('accounts.createForm.displayName')}
          required
          autoComplete="off"
          {...form.getInputProps('displayName')}
        />
        <PasswordField
          label={t('accounts.createForm.password')}
          description={t('accounts.createForm.passwordHint')}
          // A password for someone else: the browser must not offer to save it as the admin's own.
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <RoleGrantsInput form={form} agencies={agencies.options} agenciesLoading={agencies.loading} />
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={t('accounts.createForm.submit')}
          submitting={loading}
        />
      </Stack>
    </form>
  );
}
