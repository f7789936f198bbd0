import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFaults, readMutationFailure } from '@motcua/graphql-client';

/** What a Mantine form offers for showing errors. */
interface FormWithErrors {
  values: object;
  setErrors(errors: Record<string, string>): void;
}

/**
 * An API path as a Mantine form path: `documents[2]` → `documents.2`, `supplementItems[0].reason`
 * → `supplementItems.0.reason`, `applicant.idNumber` unchanged.
 */
export function formPathOf(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The failure of a dossier mutation, placed in its form: every fault of `extensions.faults` (and a
 * single `extensions.field`) whose path starts with one of the form's values goes beside that field;
 * the rest are the message above the buttons. `place` can move or drop a path first (null: no field).
 */
export function useFaultFailure(form: FormWithErrors, place: (path: string) => string | null = (path) => path) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const keys = Object.keys(form.values);
  const placed = (apiPath: string) => {
    const path = place(formPathOf(apiPath));
    return path && keys.includes(path.split('.')[0]!) ? path : null;
  };
  return {
    message,
    clear: () => setMessage(null),
    /** Shows the failure; answers the form paths that got an error, so a caller can reveal them. */
    show(error: unknown): string[] {
      const language = i18n.resolvedLanguage;
      const faults = readFaults(error, language);
      const errors: Record<string, string> = {};
      const unplaced: string[] = [];
      if (faults.length > 0) {
        for (const fault of faults) {
          const path = placed(fault.field);
          if (!path) unplaced.push(fault.message);
          // Several faults on one field (two rules broken) read as one sentence after the other.
          else errors[path] = errors[path] ? `${errors[path]} ${fault.message}` : fault.message;
        }
      } else {
        const failure = readMutationFailure(error, { language, fallback: t('form.unexpected'), formFields: placed });
        Object.assign(errors, failure.fieldErrors);
        if (failure.formError) unplaced.push(failure.formError);
      }
      form.setErrors(errors);
      setMessage(unplaced.length > 0 ? unplaced.join(' ') : null);
      return Object.keys(errors);
    },
  };
}
