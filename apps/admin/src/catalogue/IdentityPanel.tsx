import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UpdateProcedureDocument, useMutation, type CatalogueProcedureDetailFragment } from '@motcua/graphql-client';
import { identityInput } from './IdentityFields';
import { IdentityForm } from './IdentityForm';

/** The procedure's identity, saved on its own (it is not versioned: the API audits each change). */
export function IdentityPanel({
  procedure,
  onSaved,
}: {
  procedure: CatalogueProcedureDetailFragment;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [updateProcedure] = useMutation(UpdateProcedureDocument);
  return (
    <Box maw={760}>
      <IdentityForm
        initialValues={{
          code: procedure.code,
          name: procedure.name,
          field: procedure.field,
          level: procedure.level,
          applicantTypes: [...procedure.applicantTypes],
          competentAgencyId: procedure.competentAgency.id,
        }}
        codeFixed
        submitLabel={t('catalogue.identity.save')}
        submit={async (values) => {
          await updateProcedure({ variables: { input: { id: procedure.id, ...identityInput(values) } } });
          onSaved(t('catalogue.identity.saved'));
        }}
      />
    </Box>
  );
}
