import { Checkbox, Group, NumberInput, Radio, Select, Textarea, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  ApologiseDocument,
  ConfirmPaymentDocument,
  DecideWithdrawalDocument,
  RequestPaymentDocument,
  ResolveDossierDocument,
  ReturnResultDocument,
  StopDossierDocument,
  useMutation,
  type ResolutionOutcome,
  type ResultDelivery,
} from '@motcua/graphql-client';
import { formatDateTime } from '@motcua/ui';
import { optionalText } from '../../forms/optionalText';
import { ActionForm, required, type ActionFormProps } from './ActionForm';

const deliveries: ResultDelivery[] = ['AT_COUNTER', 'POSTAL', 'ONLINE'];

/** "Yêu cầu nghĩa vụ tài chính": what is due and how much, in whole đồng. */
export function RequestPaymentForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [request] = useMutation(RequestPaymentDocument);
  return (
    <ActionForm
      initialValues={{ description: '', amountVnd: '' as number | string }}
      validate={{
        description: required(t('dossier.form.noteRequired')),
        amountVnd: (value) =>
          Number.isInteger(Number(value)) && Number(value) > 0 ? null : t('dossier.form.paymentAmountRequired'),
      }}
      submitLabel={t('dossier.form.submitPayment')}
      run={(values) =>
        request({
          variables: {
            input: {
              dossierId: dossier.id,
              description: values.description.trim(),
              amountVnd: Number(values.amountVnd),
            },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <TextInput
            label={t('dossier.form.paymentDescription')}
            required
            data-autofocus
            {...form.getInputProps('description')}
          />
          <NumberInput
            label={t('dossier.form.paymentAmount')}
            required
            min={1}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            {...form.getInputProps('amountVnd')}
          />
        </>
      )}
    </ActionForm>
  );
}

/** "Xác nhận đã nộp": paid at the counter, or online. */
export function ConfirmPaymentForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [confirm] = useMutation(ConfirmPaymentDocument);
  return (
    <ActionForm
      initialValues={{ online: false }}
      submitLabel={t('dossier.form.submitConfirmPayment')}
      run={(values) => confirm({ variables: { input: { dossierId: dossier.id, online: values.online } } })}
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <Checkbox label={t('dossier.form.paidOnline')} {...form.getInputProps('online', { type: 'checkbox' })} />
      )}
    </ActionForm>
  );
}

/** Mantine's date-time value ("2026-12-01 16:30:00", local) as the API's instant. */
function instantOf(value: string): string {
  return dayjs(value).toISOString();
}

/** "Xin lỗi, hẹn lại" (Mẫu 04): why it is late and the new appointment, after the current one. */
export function ApologiseForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t, i18n } = useTranslation();
  const [apologise] = useMutation(ApologiseDocument);
  const due = dossier.deadline.dueAt ?? null;
  return (
    <ActionForm
      initialValues={{ reason: '', newDueAt: null as string | null }}
      validate={{
        reason: required(t('dossier.form.reasonRequired')),
        newDueAt: (value) => {
          if (!value) return t('dossier.form.newDueAtRequired');
          if (due && !dayjs(value).isAfter(dayjs(due))) return t('dossier.form.newDueAtLater');
          return null;
        },
      }}
      submitLabel={t('dossier.form.submitApology')}
      run={(values) =>
        apologise({
          variables: {
            input: { dossierId: dossier.id, reason: values.reason.trim(), newDueAt: instantOf(values.newDueAt!) },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Textarea
            label={t('dossier.form.apologyReason')}
            required
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <DateTimePicker
            label={t('dossier.form.newDueAt')}
            description={
              due ? t('dossier.form.newDueAtHint', { due: formatDateTime(due, i18n.resolvedLanguage) }) : undefined
            }
            valueFormat="DD/MM/YYYY HH:mm"
            minDate={due ? dayjs(due).format('YYYY-MM-DD') : undefined}
            required
            clearable
            {...form.getInputProps('newDueAt')}
          />
        </>
      )}
    </ActionForm>
  );
}

/** "Ký duyệt kết quả": the result or a notice that the dossier does not qualify. */
export function ResolveForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [resolve] = useMutation(ResolveDossierDocument);
  return (
    <ActionForm
      initialValues={{ outcome: 'APPROVED' as ResolutionOutcome, summary: '', documentNumber: '', electronic: false }}
      validate={{ summary: required(t('dossier.form.summaryRequired')) }}
      submitLabel={t('dossier.form.submitResolve')}
      run={(values) =>
        resolve({
          variables: {
            input: {
              dossierId: dossier.id,
              outcome: values.outcome,
              summary: values.summary.trim(),
              documentNumber: optionalText(values.documentNumber),
              electronic: values.electronic,
            },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Radio.Group label={t('dossier.form.outcome')} required {...form.getInputProps('outcome')}>
            <Group gap="lg" mt={4}>
              <Radio value="APPROVED" label={t('dossier.page.outcome.APPROVED')} />
              <Radio value="REJECTED" label={t('dossier.page.outcome.REJECTED')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('dossier.form.summary')}
            placeholder={t('dossier.form.summaryPlaceholder')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('summary')}
          />
          <TextInput
            label={t('dossier.form.documentNumber')}
            placeholder={t('dossier.form.documentNumberPlaceholder')}
            {...form.getInputProps('documentNumber')}
          />
          <Checkbox
            label={t('dossier.form.electronic')}
            description={t('dossier.form.electronicHint')}
            {...form.getInputProps('electronic', { type: 'checkbox' })}
          />
        </>
      )}
    </ActionForm>
  );
}

/** "Trả kết quả": how it was handed over and who signed for it. */
export function ReturnResultForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [returnResult] = useMutation(ReturnResultDocument);
  return (
    <ActionForm
      initialValues={{ delivery: dossier.resultDelivery as ResultDelivery, receivedBy: '' }}
      submitLabel={t('dossier.form.submitReturn')}
      run={(values) =>
        returnResult({
          variables: {
            input: { dossierId: dossier.id, delivery: values.delivery, receivedBy: optionalText(values.receivedBy) },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Select
            label={t('dossier.form.delivery')}
            data={deliveries.map((value) => ({ value, label: t(`dossier.delivery.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('delivery')}
          />
          <TextInput label={t('dossier.form.receivedBy')} data-autofocus {...form.getInputProps('receivedBy')} />
        </>
      )}
    </ActionForm>
  );
}

/** "Quyết định rút hồ sơ": approve (the dossier stops) or refuse (processing goes on), with a reason. */
export function DecideWithdrawalForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [decide] = useMutation(DecideWithdrawalDocument);
  return (
    <ActionForm
      initialValues={{ approve: 'yes', reason: '' }}
      validate={{
        reason: (value, values) => (values.approve === 'no' && !value.trim() ? t('dossier.form.reasonRequired') : null),
      }}
      submitLabel={t('dossier.form.submitDecideWithdrawal')}
      run={(values) =>
        decide({
          variables: {
            input: { dossierId: dossier.id, approve: values.approve === 'yes', reason: optionalText(values.reason) },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Radio.Group label={t('dossier.form.withdrawalDecision')} required {...form.getInputProps('approve')}>
            <Group gap="lg" mt={4}>
              <Radio value="yes" label={t('dossier.form.approveWithdrawal')} />
              <Radio value="no" label={t('dossier.form.rejectWithdrawal')} />
            </Group>
          </Radio.Group>
          <Textarea label={t('dossier.form.reason')} autosize minRows={2} {...form.getInputProps('reason')} />
        </>
      )}
    </ActionForm>
  );
}

/** "Dừng xử lý" (Mẫu 05 under Circular 03/2025): why, and on what legal basis. */
export function StopForm({ dossier, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [stop] = useMutation(StopDossierDocument);
  return (
    <ActionForm
      initialValues={{ reason: '', legalBasis: '' }}
      validate={{ reason: required(t('dossier.form.reasonRequired')) }}
      submitLabel={t('dossier.form.submitStop')}
      destructive
      run={(values) =>
        stop({
          variables: {
            input: { dossierId: dossier.id, reason: values.reason.trim(), legalBasis: optionalText(values.legalBasis) },
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      {(form) => (
        <>
          <Textarea
            label={t('dossier.form.stopReason')}
            required
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <TextInput label={t('dossier.form.legalBasis')} {...form.getInputProps('legalBasis')} />
        </>
      )}
    </ActionForm>
  );
}
