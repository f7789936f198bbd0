import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readMutationFailure, showMutationFailure } from '@motcua/graphql-client';

/** What a Mantine form offers for showing errors, as `showMutationFailure` takes it. */
type FormWithErrors = Parameters<typeof showMutationFailure>[0];

/**
 * A failed mutation's message, in the reader's language. Given a form, the typed errors that
 * name one of its fields go beside that field and only the rest become `message`; without one
 * (a button in a table), everything does.
 */
export function useMutationFailure(form?: FormWithErrors) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const options = { language: i18n.resolvedLanguage, fallback: t('form.unexpected') };
  return {
    message,
    clear: () => setMessage(null),
    show: (error: unknown) => {
      if (form) showMutationFailure(form, error, { ...options, setFormError: setMessage });
      else setMessage(readMutationFailure(error, { ...options, formFields: [] }).formError);
    },
  };
}
