import { useState } from 'react';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSession } from '@motcua/graphql-client';
import { SignInAlert } from './SignInAlert';
import { describeSignInFailure, type SignInFailure, type SignInField, type SignInFieldError } from './signInFailure';

const fields: readonly SignInField[] = ['username', 'password'];
const fieldErrors: readonly SignInFieldError[] = ['usernameRequired', 'passwordRequired', 'wrongCredentials'];

function isFieldError(value: unknown): value is SignInFieldError {
  return fieldErrors.includes(value as SignInFieldError);
}

/**
 * Username and password. Checked here first (both filled in), so an empty field is reported at
 * once without a round trip; then the API's typed errors are shown where they belong. On success
 * the session changes and the page moves on; this form only reports failures.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [failure, setFailure] = useState<Exclude<SignInFailure, { kind: 'field' }> | null>(null);
  // Errors hold string keys, translated when shown, so switching language translates them too.
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : 'usernameRequired'),
      password: (value) => (value ? null : 'passwordRequired'),
    },
  });

  function errorText(field: SignInField): string | undefined {
    const key = form.errors[field];
    return isFieldError(key) ? t(`signIn.errors.${key}`) : undefined;
  }

  /** Focus the field at fault, so a screen reader reads its label and then its error. */
  function focusField(field: SignInField) {
    form.getInputNode(field)?.focus();
  }

  function focusFirstInvalid(errors: FormErrors) {
    const first = fields.find((field) => errors[field]);
    if (first) focusField(first);
  }

  async function submit(values: { username: string; password: string }) {
    setFailure(null);
    try {
      await signIn({ username: values.username.trim(), password: values.password });
    } catch (error) {
      const outcome = describeSignInFailure(error);
      if (outcome.kind === 'field') {
        form.setFieldError(outcome.field, outcome.error);
        focusField(outcome.field);
      } else {
        setFailure(outcome);
      }
    }
  }

  const passwordError = errorText('password');

  return (
    // noValidate: our messages, in the page's language and in Mantine's error slot, not the browser's.
    <form onSubmit={form.onSubmit(submit, focusFirstInvalid)} noValidate>
      <Stack gap="md">
        {failure && <SignInAlert failure={failure} />}
        <TextInput
          key={form.key('username')}
          {...form.getInputProps('username')}
          error={errorText('username')}
          label={t('signIn.username')}
          required
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          // The page exists to sign in; staff do it every morning.
          autoFocus
        />
        <PasswordInput
          key={form.key('password')}
          {...form.getInputProps('password')}
          error={passwordError}
          // Mantine marks its inner input data-invalid only; screen readers need aria-invalid.
          aria-invalid={passwordError ? true : undefined}
          label={t('signIn.password')}
          required
          autoComplete="current-password"
          // Reachable by keyboard too, and named in the page's language (Mantine's is English).
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.togglePassword') }}
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
