import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CreateProcedureDocument, useMutation } from '@motcua/graphql-client';
import { showMutationFailure } from '../graphqlErrors';
import { FormErrorAlert } from './FormErrorAlert';
import { IdentityFields, identityValidation, type IdentityValues } from './IdentityFields';
import { emptyTermsInput } from './termsForm';

/**
 * "Thêm thủ tục": the procedure's identity; its terms start as an empty draft, filled in the editor
 * the user is taken to next.
 */
export function CreateProcedureForm({
  onCreated,
  onCancel,
}: {
  onCreated: (procedure: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [createProcedure, { loading }] = useMutation(CreateProcedureDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<IdentityValues>({
    mode: 'controlled',
    initialValues: {
      code: '',
      name: '',
      field: '',
      level: 'PROVINCE',
      applicantTypes: ['CITIZEN'],
      competentAgencyId: null,
    },
    validate: identityValidation(t),
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await createProcedure({
        variables: {
          input: {
            code: values.code.trim(),
            name: values.name.trim(),
            field: values.field.trim(),
            level: values.level,
            applicantTypes: values.applicantTypes,
            competentAgencyId: values.competentAgencyId!,
            terms: emptyTermsInput,
          },
        },
      });
      const procedure = result.data?.createProcedure.procedure;
      if (procedure) onCreated(procedure);
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
      <Stack gap="md">
        <IdentityFields form={form} codeFixed={false} />
        <FormErrorAlert message={formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('catalogue.identity.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
