import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AnswerSupplementDocument,
  AssignHandlerDocument,
  ForwardDossierDocument,
  RequestSupplementDocument,
  SendBackDossierDocument,
  RequestWithdrawalDocument,
  useMutation,
} from '@motcua/graphql-client';
import { optionalText } from '../../forms/optionalText';
import { SupplementItemsField, supplementInput, supplementProblems } from '../SupplementItemsField';
import { ActionForm, required, type ActionFormProps } from './ActionForm';
import { HandlerFields } from './HandlerFields';

/** "Chuyển bước tiếp": a note, and optionally the official who takes the next step. */
export function ForwardForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [forward] = useMutation(ForwardDossierDocument);
  return (
    <ActionForm
      initialValues={{ note: '', handlerId: '', handlerName: '' }}
      validate={{
        // Both or neither: a name without an account (or the reverse) cannot be assigned.
        handlerId: (value, values) =>
          Boolean(value.trim()) !== Boolean(values.handlerName.trim()) ? t('dossier.form.handlerRequired') : null,
      }}
      submitLabel={t('dossier.form.submitForward')}
      run={(values) =>
        forward({
          variables: {
            input: {
              dossierId: dossier.id,
              note: optionalText(values.note),
              nextHandlerId: optionalText(values.handlerId),
              nextHandlerName: optionalText(values.handlerName),
            },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Textarea
            label={t('dossier.form.forwardNote')}
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('note')}
          />
          <HandlerFields form={form} hint />
        </>
      )}
    </ActionForm>
  );
}

/** One reason, required: sending back to the previous step, or the applicant's withdrawal request. */
function ReasonForm({
  label,
  submitLabel,
  destructive,
  run,
  onDone,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  destructive?: boolean;
  run: (reason: string) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ActionForm
      initialValues={{ reason: '' }}
      validate={{ reason: required(t('dossier.form.reasonRequired')) }}
      submitLabel={submitLabel}
      destructive={destructive}
      run={(values) => run(values.reason.trim())}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <Textarea label={label} required autosize minRows={3} data-autofocus {...form.getInputProps('reason')} />
      )}
    </ActionForm>
  );
}

export function SendBackForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [sendBack] = useMutation(SendBackDossierDocument);
  return (
    <ReasonForm
      label={t('dossier.form.reason')}
      submitLabel={t('dossier.form.submitSendBack')}
      run={(reason) => sendBack({ variables: { input: { dossierId: dossier.id, reason } } })}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

export function RequestWithdrawalForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [request] = useMutation(RequestWithdrawalDocument);
  return (
    <ReasonForm
      label={t('dossier.form.withdrawalReason')}
      submitLabel={t('dossier.form.submitWithdrawal')}
      run={(reason) => request({ variables: { input: { dossierId: dossier.id, reason } } })}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

/** "Phân công xử lý": the official who handles the current step. */
export function AssignHandlerForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [assign] = useMutation(AssignHandlerDocument);
  const message = t('dossier.form.handlerRequired');
  return (
    <ActionForm
      initialValues={{ handlerId: '', handlerName: '' }}
      validate={{ handlerId: required(message), handlerName: required(message) }}
      submitLabel={t('dossier.form.submitAssign')}
      run={(values) =>
        assign({
          variables: {
            input: {
              dossierId: dossier.id,
              handlerId: values.handlerId.trim(),
              handlerName: values.handlerName.trim(),
            },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => <HandlerFields form={form} />}
    </ActionForm>
  );
}

/** "Yêu cầu bổ sung" during processing (Mẫu 02): every document asked for, once, with reasons. */
export function RequestSupplementForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [request] = useMutation(RequestSupplementDocument);
  return (
    <ActionForm
      initialValues={{ supplementItems: [{ name: '', reason: '' }], reason: '' }}
      validate={(values) => supplementProblems(t, values)}
      submitLabel={t('dossier.supplement.submit')}
      run={(values) => {
        const { supplementItems, reason } = supplementInput(values);
        return request({ variables: { input: { dossierId: dossier.id, items: supplementItems, reason } } });
      }}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => <SupplementItemsField form={form} />}
    </ActionForm>
  );
}

/** "Ghi nhận bổ sung": the one-stop records, for the applicant, what was handed in. */
export function AnswerSupplementForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [answer] = useMutation(AnswerSupplementDocument);
  return (
    <ActionForm
      initialValues={{ note: '' }}
      validate={{ note: required(t('dossier.form.noteRequired')) }}
      submitLabel={t('dossier.form.submitAnswer')}
      run={(values) => answer({ variables: { input: { dossierId: dossier.id, note: values.note.trim() } } })}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <Textarea
          label={t('dossier.form.answerNote')}
          required
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('note')}
        />
      )}
    </ActionForm>
  );
}
