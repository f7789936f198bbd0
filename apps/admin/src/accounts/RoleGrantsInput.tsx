import { useId } from 'react';
import { Button, Fieldset, Grid, Input, Select, Stack, Text } from '@mantine/core';
import type { FormArrayElement, FormErrors, UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Role } from '@motcua/graphql-client';
import { staffRoles, type RoleGrantDraft, type RoleGrantsCheck } from './accountRules';

export function emptyGrant(): RoleGrantDraft {
  return { key: randomId(), role: null, agencyId: null };
}

/** `checkRoleGrants`' findings as form errors: a row's beside its picker, the list's under the legend. */
export function roleGrantErrors(check: RoleGrantsCheck, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  for (const [index, problem] of Object.entries(check.rows)) {
    const field = problem === 'roleRequired' ? 'role' : 'agencyId';
    errors[`roles.${index}.${field}`] = t(`accounts.rolesInput.errors.${problem}`);
  }
  if (check.list) errors.roles = t(`accounts.rolesInput.errors.${check.list}`);
  return errors;
}

/**
 * The roles of an account, each granted within one agency: a row per grant (role, agency, remove)
 * and a button to add one. On a phone each row's pickers stack. The list's own error (none at
 * all, or one's own administrator role dropped, or the API's refusal naming `roles`) is tied to
 * the group, so a screen reader reads it with the legend.
 */
export function RoleGrantsInput<Values extends { roles: RoleGrantDraft[] }>({
  form,
  agencies,
  agenciesLoading,
}: {
  form: UseFormReturnType<Values>;
  agencies: { value: string; label: string }[];
  agenciesLoading: boolean;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const hintId = useId();
  const grants = form.getValues().roles;
  const listError = form.errors.roles;
  // TypeScript cannot see through the generic that `roles` holds drafts; the bound on Values says so.
  const addGrant = () => form.insertListItem('roles', emptyGrant() as FormArrayElement<Values, 'roles'>);
  const roleOptions = staffRoles.map((role: Role) => ({ value: role, label: t(`role.${role}`) }));

  return (
    <Fieldset
      legend={t('accounts.rolesInput.legend')}
      variant="unstyled"
      // As strong as the labels of the pickers inside it.
      styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
      aria-describedby={listError ? `${hintId} ${errorId}` : hintId}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed" id={hintId}>
          {t('accounts.rolesInput.hint')}
        </Text>
        {grants.length === 0 && <Text size="sm">{t('accounts.rolesInput.none')}</Text>}
        {grants.map((grant, index) => {
          const n = index + 1;
          return (
            <Grid key={grant.key} gap="xs" align="flex-end">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('accounts.rolesInput.role', { n })}
                  placeholder={t('accounts.rolesInput.rolePlaceholder')}
                  data={roleOptions}
                  required
                  allowDeselect={false}
                  {...form.getInputProps(`roles.${index}.role`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('accounts.rolesInput.agency', { n })}
                  placeholder={t('accounts.rolesInput.agencyPlaceholder')}
                  data={agencies}
                  searchable
                  required
                  disabled={agenciesLoading}
                  nothingFoundMessage={t('staffing.addForm.nothingFound')}
                  {...form.getInputProps(`roles.${index}.agencyId`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 2 }}>
                <Button
                  variant="outline"
                  color="red.9"
                  fullWidth
                  onClick={() => form.removeListItem('roles', index)}
                  aria-label={t('accounts.rolesInput.removeLabel', { n })}
                >
                  {t('accounts.rolesInput.remove')}
                </Button>
              </Grid.Col>
            </Grid>
          );
        })}
        {listError && <Input.Error id={errorId}>{listError}</Input.Error>}
        <div>
          <Button variant="light" onClick={addGrant}>
            {t('accounts.rolesInput.add')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
