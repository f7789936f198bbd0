import { useState } from 'react';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { readMutationFailure } from '@motcua/graphql-client';
import { PasswordField } from '@motcua/ui';
import { identityProvider } from '../signIn/identityProvider';
import {
  confirmationProblem,
  displayNameProblem,
  normaliseUsername,
  passwordLength,
  passwordProblem,
  usernameProblem,
  type SignUpErrorKey,
} from './signUpRules';

interface SignUpValues {
  displayName: string;
  username: string;
  password: string;
  passwordConfirmation: string;
}

const fieldOrder: readonly (keyof SignUpValues)[] = ['displayName', 'username', 'password', 'passwordConfirmation'];

/**
 * Full name, username, password twice. Checked here first with the API's own rules; then the API's
 * typed errors (a username already taken, a password it refuses) go beside the field they name
 * (`extensions.field`). On success the citizen is signed in and the page moves on.
 */
export function SignUpForm() {
  const { t, i18n } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const message = (key: SignUpErrorKey | null) =>
    key ? t(`signUp.errors.${key}`, { min: passwordLength.min, max: passwordLength.max }) : null;
  const form = useForm<SignUpValues>({
    mode: 'uncontrolled',
    initialValues: { displayName: '', username: '', password: '', passwordConfirmation: '' },
    validate: {
      displayName: (value) => message(displayNameProblem(value)),
      username: (value) => message(usernameProblem(value)),
      password: (value) => message(passwordProblem(value)),
      passwordConfirmation: (value, values) => message(confirmationProblem(value, values.password)),
    },
  });

  /** Focus the first field at fault, so a screen reader reads its label and then its error. */
  function focusFirstInvalid(errors: Partial<Record<string, unknown>>) {
    const first = fieldOrder.find((field) => errors[field]);
    if (first) form.getInputNode(first)?.focus();
  }

  async function submit(values: SignUpValues) {
    setFormError(null);
    try {
      await identityProvider.signUp({
        displayName: values.displayName.trim(),
        username: normaliseUsername(values.username),
        password: values.password,
      });
    } catch (error) {
      const failure = readMutationFailure(error, {
        language: i18n.resolvedLanguage,
        fallback: t('signUp.unavailable'),
        formFields: fieldOrder,
      });
      form.setErrors(failure.fieldErrors);
      setFormError(failure.formError);
      focusFirstInvalid(failure.fieldErrors);
    }
  }

  return (
    // noValidate: our messages, in the page's language and in Mantine's error slot, not the browser's.
    <form onSubmit={form.onSubmit(submit, focusFirstInvalid)} noValidate>
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" title={t('signUp.failed')}>
            <Text size="sm">{formError}</Text>
          </Alert>
        )}
        <TextInput
          key={form.key('displayName')}
          {...form.getInputProps('displayName')}
          label={t('signUp.displayName')}
          description={t('signUp.displayNameHint')}
          required
          autoComplete="name"
          autoFocus
        />
        <TextInput
          key={form.key('username')}
          {...form.getInputProps('username')}
          label={t('signUp.username')}
          description={t('signUp.usernameHint')}
          required
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
        />
        <PasswordField
          key={form.key('password')}
          {...form.getInputProps('password')}
          label={t('signUp.password')}
          description={t('signUp.passwordHint', { min: passwordLength.min })}
          autoComplete="new-password"
        />
        <PasswordField
          key={form.key('passwordConfirmation')}
          {...form.getInputProps('passwordConfirmation')}
          label={t('signUp.passwordConfirmation')}
          autoComplete="new-password"
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          {t('signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
