import { useState, type ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { useForm, type FormValidateInput, type UseFormReturnType } from '@mantine/form';
import { FormFooter } from '../../forms/FormFooter';
import { useFaultFailure } from '../faults';

/**
 * The frame of every action's dialog: a Mantine form with the action's fields, the API's faults
 * beside them, and Cancel / the action's button. `run` sends the mutation; `onDone` follows success.
 */
export function ActionForm<Values extends Record<string, unknown>>({
  initialValues,
  validate,
  submitLabel,
  destructive = false,
  run,
  onDone,
  onCancel,
  children,
}: {
  initialValues: Values;
  validate?: FormValidateInput<Values>;
  submitLabel: string;
  destructive?: boolean;
  run: (values: Values) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
  children: (form: UseFormReturnType<Values>) => ReactNode;
}) {
  const form = useForm<Values>({ mode: 'controlled', initialValues, validate });
  const failure = useFaultFailure(form);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = form.onSubmit(async (values) => {
    failure.clear();
    setSubmitting(true);
    try {
      await run(values);
      onDone();
    } catch (error) {
      failure.show(error);
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {children(form)}
        <FormFooter
          failure={failure.message}
          onCancel={onCancel}
          submitLabel={submitLabel}
          submitting={submitting}
          destructive={destructive}
        />
      </Stack>
    </form>
  );
}

/** A required text: the message when it is blank after trimming. */
export function required(message: string) {
  return (value: unknown) => (typeof value === 'string' && value.trim() ? null : message);
}

/** What every action's dialog is given. */
export interface ActionFormProps {
  dossier: ActionDossier;
  onDone: () => void;
  onCancel: () => void;
}

/** The facts of the dossier the dialogs read. */
export interface ActionDossier {
  id: string;
  status: string;
  resultDelivery: 'AT_COUNTER' | 'POSTAL' | 'ONLINE';
  deadline: { dueAt?: string | null };
  documents: readonly {
    index: number;
    name: string;
    originals: number;
    copies: number;
    provided: boolean;
    fromNationalDatabase: boolean;
  }[];
}
