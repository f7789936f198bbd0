import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showMutationFailure } from '@motcua/graphql-client';
import { FormErrorAlert } from './FormErrorAlert';
import { IdentityFields, identityValidation, type IdentityValues } from './IdentityFields';

/**
 * A procedure's identity, for adding one (code open) and for editing one (code fixed). `submit`
 * calls the API; its refusal goes beside the field it names, the rest above the buttons.
 */
export function IdentityForm({
  initialValues,
  codeFixed,
  submitLabel,
  submit,
  onCancel,
}: {
  initialValues: IdentityValues;
  codeFixed: boolean;
  submitLabel: string;
  submit: (values: IdentityValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const form = useForm<IdentityValues>({ mode: 'controlled', initialValues, validate: identityValidation(t) });

  const handleSubmit = form.onSubmit(async (values) => {
    setFormError(null);
    setLoading(true);
    try {
      await submit(values);
      form.resetDirty();
    } catch (error) {
      showMutationFailure(form, error, {
        language: i18n.resolvedLanguage,
        fallback: t('form.unexpected'),
        setFormError,
      });
    } finally {
      setLoading(false);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <IdentityFields form={form} codeFixed={codeFixed} />
        <FormErrorAlert message={formError} />
        <Group justify="flex-end" gap="sm">
          {codeFixed && form.isDirty() && (
            <Text size="sm" c="dimmed">
              {t('catalogue.editor.unsaved')}
            </Text>
          )}
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
