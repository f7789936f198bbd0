import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput as every password field here needs it: marked aria-invalid while it
 * shows an error (Mantine marks its inner input data-invalid only, which screen readers ignore),
 * and a show/hide button reachable by keyboard and named in the page's language (Mantine's is
 * English).
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation('common');
  return (
    <PasswordInput
      aria-invalid={props.error ? true : undefined}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('signInForm.togglePassword') }}
      required
      {...props}
    />
  );
}
