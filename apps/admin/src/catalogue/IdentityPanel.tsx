import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UpdateProcedureDocument, useMutation, type CatalogueProcedureDetailFragment } from '@motcua/graphql-client';
import { showMutationFailure } from '../graphqlErrors';
import { FormErrorAlert } from './FormErrorAlert';
import { IdentityFields, identityValidation, type IdentityValues } from './IdentityFields';

export function identityValuesOf(procedure: CatalogueProcedureDetailFragment): IdentityValues {
  return {
    code: procedure.code,
    name: procedure.name,
    field: procedure.field,
    level: procedure.level,
    applicantTypes: [...procedure.applicantTypes],
    competentAgencyId: procedure.competentAgency.id,
  };
}

/** The procedure's identity, saved on its own (it is not versioned: the API audits each change). */
export function IdentityPanel({
  procedure,
  onSaved,
}: {
  procedure: CatalogueProcedureDetailFragment;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [updateProcedure, { loading }] = useMutation(UpdateProcedureDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<IdentityValues>({
    mode: 'controlled',
    initialValues: identityValuesOf(procedure),
    validate: identityValidation(t),
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await updateProcedure({
        variables: {
          input: {
            id: procedure.id,
            name: values.name.trim(),
            field: values.field.trim(),
            level: values.level,
            applicantTypes: values.applicantTypes,
            competentAgencyId: values.competentAgencyId!,
          },
        },
      });
      form.resetDirty();
      onSaved(t('catalogue.identity.saved'));
    } catch (error) {
      showMutationFailure(form, error, {
        language: i18n.resolvedLanguage,
        fallback: t('form.unexpected'),
        setFormError,
      });
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={760}>
        <IdentityFields form={form} codeFixed />
        <FormErrorAlert message={formError} />
        <Group justify="flex-end" gap="sm">
          {form.isDirty() && (
            <Text size="sm" c="dimmed">
              {t('catalogue.editor.unsaved')}
            </Text>
          )}
          <Button type="submit" loading={loading}>
            {t('catalogue.identity.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
