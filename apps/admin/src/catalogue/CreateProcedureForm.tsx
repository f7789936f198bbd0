import { useTranslation } from 'react-i18next';
import { CreateProcedureDocument, useMutation } from '@motcua/graphql-client';
import { identityInput } from './IdentityFields';
import { IdentityForm } from './IdentityForm';
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
  const { t } = useTranslation();
  const [createProcedure] = useMutation(CreateProcedureDocument);
  return (
    <IdentityForm
      initialValues={{
        code: '',
        name: '',
        field: '',
        level: 'PROVINCE',
        applicantTypes: ['CITIZEN'],
        competentAgencyId: null,
      }}
      codeFixed={false}
      submitLabel={t('catalogue.identity.createSubmit')}
      onCancel={onCancel}
      submit={async (values) => {
        const result = await createProcedure({
          variables: { input: { code: values.code.trim(), ...identityInput(values), terms: emptyTermsInput } },
        });
        const procedure = result.data?.createProcedure.procedure;
        if (procedure) onCreated(procedure);
      }}
    />
  );
}
