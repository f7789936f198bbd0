import { useState, type ReactNode } from 'react';
import { Button, Stack, TextInput } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  describeSignInFailure,
  type SignInField,
  type SignInFieldError,
  type SignInInput,
} from '@motcua/graphql-client';
import { PasswordField } from './PasswordField';
import { SignInAlert, type AlertFailure, type NotAcceptedNotice } from './SignInAlert';

const fields: readonly SignInField[] = ['username', 'password'];
const fieldErrors: readonly SignInFieldError[] = ['usernameRequired', 'passwordRequired', 'wrongCredentials'];

function isFieldError(value: unknown): value is SignInFieldError {
  return fieldErrors.includes(value as SignInFieldError);
}

export interface PasswordSignInFormProps {
  /** Signs in; rejects with the API's SessionError, which the form shows where it belongs. */
  signIn(credentials: SignInInput): Promise<unknown>;
  /** What to tell an account this app does not serve. */
  notAccepted: NotAcceptedNotice;
  /** A hint under the username (what people use as one). */
  usernameDescription?: string;
  /** Below the button: a link to sign up, say. */
  footer?: ReactNode;
}

/**
 * Username and password. Checked here first (both filled in), so an empty field is reported at
 * once without a round trip; then the API's typed errors are shown where they belong. On success
 * the session changes and the page moves on; this form only reports failures.
 */
export function PasswordSignInForm({ signIn, notAccepted, usernameDescription, footer }: PasswordSignInFormProps) {
  const { t } = useTranslation('common');
  const [failure, setFailure] = useState<AlertFailure | null>(null);
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
    return isFieldError(key) ? t(`signInForm.errors.${key}`) : undefined;
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

  return (
    // noValidate: our messages, in the page's language and in Mantine's error slot, not the browser's.
    <form onSubmit={form.onSubmit(submit, focusFirstInvalid)} noValidate>
      <Stack gap="md">
        {failure && <SignInAlert failure={failure} notAccepted={notAccepted} />}
        <TextInput
          key={form.key('username')}
          {...form.getInputProps('username')}
          error={errorText('username')}
          label={t('signInForm.username')}
          description={usernameDescription}
          required
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          // The page exists to sign in.
          autoFocus
        />
        <PasswordField
          key={form.key('password')}
          {...form.getInputProps('password')}
          error={errorText('password')}
          label={t('signInForm.password')}
          autoComplete="current-password"
        />
        <Button type="submit" loading={form.submitting} fullWidth>
          {t('signInForm.submit')}
        </Button>
        {footer}
      </Stack>
    </form>
  );
}
