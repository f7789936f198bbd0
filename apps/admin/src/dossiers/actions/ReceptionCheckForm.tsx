import { Group, Radio, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DecideReceptionDocument, useMutation, type ReceptionDecision } from '@motcua/graphql-client';
import {
  checklistErrors,
  checklistInput,
  DocumentChecklist,
  missingItems,
  type ChecklistDocument,
  type DocumentCheck,
} from '../DocumentChecklist';
import { SupplementItemsField, supplementInput, supplementProblems } from '../SupplementItemsField';
import { ActionForm, type ActionFormProps } from './ActionForm';

/**
 * The one-stop's check of an online dossier (or one that waited for a supplement before reception):
 * the checklist as the applicant declared it, then receive, ask for a supplement, or refuse.
 */
export function ReceptionCheckForm({
  dossier,
  decisions,
  initialDecision,
  onDone,
  onCancel,
}: ActionFormProps & { decisions: readonly ReceptionDecision[]; initialDecision: ReceptionDecision }) {
  const { t } = useTranslation();
  const [decide] = useMutation(DecideReceptionDocument);
  const documents: ChecklistDocument[] = dossier.documents.map((document) => ({
    name: document.name,
    originals: document.originals,
    copies: document.copies,
    // The dossier keeps what was declared, not what the procedure allows: offer it where declared.
    fromNationalDatabaseAllowed: document.fromNationalDatabase,
  }));
  const checks: DocumentCheck[] = dossier.documents.map((document) => ({
    provided: document.provided,
    fromNationalDatabase: document.fromNationalDatabase,
  }));
  return (
    <ActionForm
      initialValues={{
        decision: initialDecision as string,
        documents: checks,
        supplementItems: missingItems(documents, checks),
        reason: '',
      }}
      validate={(values) => {
        if (values.decision === 'REQUEST_SUPPLEMENT') return supplementProblems(t, values);
        if (values.decision === 'REFUSE' && !values.reason.trim()) return { reason: t('dossier.form.reasonRequired') };
        return {};
      }}
      submitLabel={t('dossier.form.submitDecision')}
      run={(values) => {
        const decision = values.decision as ReceptionDecision;
        const supplement = supplementInput(values);
        return decide({
          variables: {
            input: {
              dossierId: dossier.id,
              documents: checklistInput(values.documents),
              decision,
              supplementItems: decision === 'REQUEST_SUPPLEMENT' ? supplement.supplementItems : null,
              reason: decision === 'RECEIVE' ? null : supplement.reason,
            },
          },
        });
      }}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => {
        const values = form.getValues();
        return (
          <>
            <DocumentChecklist
              documents={documents}
              checks={values.documents}
              onChange={(index, check) => form.setFieldValue(`documents.${index}`, check)}
              error={form.errors.documents ? String(form.errors.documents) : null}
              errors={checklistErrors(form.errors)}
            />
            <Radio.Group
              label={t('dossier.form.receptionDecision')}
              required
              {...form.getInputProps('decision')}
              onChange={(value) => {
                // The faults of the other decision (a missing document for "receive") no longer apply.
                form.clearErrors();
                form.setFieldValue('decision', value);
                if (value === 'REQUEST_SUPPLEMENT')
                  form.setFieldValue('supplementItems', missingItems(documents, form.getValues().documents));
              }}
            >
              <Group gap="lg" mt={4}>
                {decisions.map((decision) => (
                  <Radio key={decision} value={decision} label={t(`dossier.form.decision.${decision}`)} />
                ))}
              </Group>
            </Radio.Group>
            {values.decision === 'REQUEST_SUPPLEMENT' && <SupplementItemsField form={form} />}
            {values.decision === 'REFUSE' && (
              <Textarea
                label={t('dossier.reception.refuseReason')}
                required
                autosize
                minRows={3}
                {...form.getInputProps('reason')}
              />
            )}
          </>
        );
      }}
    </ActionForm>
  );
}
