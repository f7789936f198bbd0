import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Combobox,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  useCombobox,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  ProcedureSearchDocument,
  ReceiveAtCounterDocument,
  ReceptionProcedureDocument,
  skipToken,
  useMutation,
  useQuery,
  type ReceptionDecision,
  type ReceptionProcedureQuery,
  type ResultDelivery,
  type SubmissionChannel,
} from '@motcua/graphql-client';
import { LoadErrorAlert, LoadingState, PageHeader, SearchIcon, useFormatDuration } from '@motcua/ui';
import { FormFailureAlert, FormFooter } from '../forms/FormFooter';
import { dossierPath } from '../paths';
import {
  ApplicantFields,
  applicantInput,
  applicantProblems,
  emptyApplicant,
  type ApplicantValues,
} from './ApplicantFields';
import {
  checklistErrors,
  checklistInput,
  DocumentChecklist,
  missingItems,
  type ChecklistDocument,
  type DocumentCheck,
} from './DocumentChecklist';
import { useFaultFailure } from './faults';
import { newIdempotencyKey } from './idempotencyKey';
import { useReceptionAgencies } from './receptionGrants';
import {
  SupplementItemsField,
  supplementInput,
  supplementProblems,
  type SupplementValues,
} from './SupplementItemsField';

type ReceptionProcedure = NonNullable<ReceptionProcedureQuery['procedure']>;

interface ReceptionValues extends ApplicantValues, SupplementValues {
  documents: DocumentCheck[];
  sets: number | string;
  channel: SubmissionChannel;
  resultDelivery: ResultDelivery;
  receivingAgencyId: string | null;
}

/** What the reception answered with, for the dossier page to say and to offer the right slip. */
export interface ReceptionOutcome {
  decision: ReceptionDecision;
  code: string | null;
}

const counterChannels: SubmissionChannel[] = ['IN_PERSON', 'POSTAL'];
const deliveries: ResultDelivery[] = ['AT_COUNTER', 'POSTAL', 'ONLINE'];

/**
 * The procedure search: up to 10 published procedures by name or code. The best match is
 * highlighted as soon as the answer comes, so typing then Enter picks it; the arrow keys move on.
 */
function ProcedurePicker({ onChange }: { onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const found = useQuery(
    ProcedureSearchDocument,
    debounced.trim() ? { variables: { first: 10, search: debounced.trim() } } : skipToken,
  );
  const options =
    found.data?.procedures.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` })) ?? [];
  const optionKey = options.map((option) => option.value).join();

  // Mantine's Select highlights the first option when the text changes, before an answer from the
  // server exists; this highlights it when the answer arrives.
  useEffect(() => {
    if (optionKey) combobox.selectFirstOption();
  }, [optionKey]);

  const searching = search.trim() !== '' && (found.loading || search !== debounced);
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        setSearch(options.find((option) => option.value === value)?.label ?? '');
        combobox.closeDropdown();
        onChange(value);
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={t('dossier.reception.procedure')}
          placeholder={t('dossier.reception.procedurePlaceholder')}
          leftSection={<SearchIcon />}
          rightSection={searching ? <Loader size="xs" /> : null}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          autoFocus
          autoComplete="off"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!debounced.trim()}>
        <Combobox.Options mah={360} style={{ overflowY: 'auto' }}>
          {options.map((option) => (
            <Combobox.Option value={option.value} key={option.value}>
              {option.label}
            </Combobox.Option>
          ))}
          {options.length === 0 && !searching && <Combobox.Empty>{t('dossier.reception.nothingFound')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

function checklistOf(procedure: ReceptionProcedure): ChecklistDocument[] {
  return (
    procedure.currentVersion?.documents.map((document) => ({
      name: document.name,
      originals: document.originals,
      copies: document.copies,
      fromNationalDatabaseAllowed: document.fromNationalDatabase,
    })) ?? []
  );
}

/** The form of one procedure: checklist, applicant, reception details and the three decisions. */
function ReceptionForm({ procedure }: { procedure: ReceptionProcedure }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const agencies = useReceptionAgencies();
  const documents = checklistOf(procedure);
  // Once per form: sending it twice (a double click, a retry) answers with the same dossier.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [dialog, setDialog] = useState<'REQUEST_SUPPLEMENT' | 'REFUSE' | null>(null);
  const [receive, { loading }] = useMutation(ReceiveAtCounterDocument);
  const firstDocument = useRef<HTMLInputElement>(null);

  const form = useForm<ReceptionValues>({
    mode: 'controlled',
    initialValues: {
      ...emptyApplicant,
      documents: documents.map(() => ({ provided: false, fromNationalDatabase: false })),
      sets: 1,
      channel: 'IN_PERSON',
      resultDelivery: 'AT_COUNTER',
      receivingAgencyId: agencies.length === 1 ? agencies[0]!.value : null,
      supplementItems: [],
      reason: '',
    },
  });
  // Faults on the documents (`documents[2]`) go beside their document; the rest beside their field.
  const failure = useFaultFailure(form, (path) => path.replace(/^(documents\.\d+)\..*$/, '$1'));

  useEffect(() => {
    firstDocument.current?.focus();
  }, []);

  /** The counter's own checks for the decision; the API makes them again and more. */
  function problems(values: ReceptionValues, decision: ReceptionDecision): Record<string, string> {
    const errors = applicantProblems(t, values);
    const sets = Number(values.sets);
    if (!Number.isInteger(sets) || sets < 1 || sets > 20) errors.sets = t('dossier.reception.errors.sets');
    if (!values.receivingAgencyId) errors.receivingAgencyId = t('dossier.reception.errors.agencyRequired');
    if (decision === 'REQUEST_SUPPLEMENT') Object.assign(errors, supplementProblems(t, values));
    if (decision === 'REFUSE' && !values.reason.trim()) errors.reason = t('dossier.form.reasonRequired');
    return errors;
  }

  async function send(decision: ReceptionDecision) {
    failure.clear();
    const values = form.getValues();
    const errors = problems(values, decision);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) {
      // A problem outside the dialog must be seen: close the dialog to show it.
      if (Object.keys(errors).some((path) => !/^(supplementItems|reason)/.test(path))) setDialog(null);
      return;
    }
    const supplement = supplementInput(values);
    try {
      const result = await receive({
        variables: {
          input: {
            idempotencyKey,
            procedureId: procedure.id,
            receivingAgencyId: values.receivingAgencyId!,
            channel: values.channel,
            applicant: applicantInput(values),
            documents: checklistInput(values.documents),
            sets: Number(values.sets),
            resultDelivery: values.resultDelivery,
            decision,
            supplementItems: decision === 'REQUEST_SUPPLEMENT' ? supplement.supplementItems : null,
            reason: decision === 'RECEIVE' ? null : supplement.reason,
          },
        },
      });
      const dossier = result.data?.receiveAtCounter.dossier;
      if (!dossier) return;
      const outcome: ReceptionOutcome = { decision, code: dossier.code ?? null };
      void navigate(dossierPath(dossier.id), { state: { reception: outcome } });
    } catch (error) {
      const placed = failure.show(error);
      if (placed.some((path) => !/^(supplementItems|reason)/.test(path))) setDialog(null);
    }
  }

  function openSupplement() {
    const values = form.getValues();
    // The unticked documents, keeping a reason already typed for one of them.
    const typed = new Map(values.supplementItems.map((item) => [item.name, item.reason]));
    form.setFieldValue(
      'supplementItems',
      missingItems(documents, values.documents).map((item) => ({ ...item, reason: typed.get(item.name) ?? '' })),
    );
    failure.clear();
    setDialog('REQUEST_SUPPLEMENT');
  }

  const values = form.getValues();
  const documentErrors = checklistErrors(form.errors);

  /** Enter or the submit button of a form sends it with its decision. */
  const submitAs = (decision: ReceptionDecision) => (event: React.FormEvent) => {
    event.preventDefault();
    void send(decision);
  };

  return (
    <>
      <form onSubmit={submitAs('RECEIVE')} noValidate>
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <DocumentChecklist
              documents={documents}
              checks={values.documents}
              onChange={(index, check) => form.setFieldValue(`documents.${index}`, check)}
              error={form.errors.documents ? String(form.errors.documents) : null}
              errors={documentErrors}
              firstRef={firstDocument}
            />
            <Stack gap="md">
              <ApplicantFields form={form} />
              <Title order={3} fz="h5">
                {t('dossier.reception.details')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label={t('dossier.reception.sets')}
                  min={1}
                  max={20}
                  allowDecimal={false}
                  required
                  {...form.getInputProps('sets')}
                />
                <Select
                  label={t('dossier.reception.channel')}
                  data={counterChannels.map((value) => ({ value, label: t(`dossier.channel.${value}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('channel')}
                />
                <Select
                  label={t('dossier.reception.resultDelivery')}
                  data={deliveries.map((value) => ({ value, label: t(`dossier.delivery.${value}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('resultDelivery')}
                />
                <Select
                  label={t('dossier.reception.receivingAgency')}
                  placeholder={t('dossier.reception.receivingAgencyPlaceholder')}
                  data={agencies}
                  required
                  allowDeselect={false}
                  {...form.getInputProps('receivingAgencyId')}
                />
              </SimpleGrid>
            </Stack>
          </SimpleGrid>

          {!dialog && <FormFailureAlert message={failure.message} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" color="red" onClick={() => setDialog('REFUSE')}>
              {t('dossier.reception.refuse')}
            </Button>
            <Button variant="light" onClick={openSupplement}>
              {t('dossier.reception.requestSupplement')}
            </Button>
            <Button type="submit" loading={loading && !dialog}>
              {t('dossier.reception.receive')}
            </Button>
          </Group>
        </Stack>
      </form>

      <Modal
        opened={dialog === 'REQUEST_SUPPLEMENT'}
        onClose={() => setDialog(null)}
        title={t('dossier.reception.supplementTitle')}
        size="lg"
      >
        <form onSubmit={submitAs('REQUEST_SUPPLEMENT')} noValidate>
          <Stack gap="md">
            <SupplementItemsField form={form} />
            <FormFooter
              failure={failure.message}
              onCancel={() => setDialog(null)}
              submitLabel={t('dossier.supplement.submit')}
              submitting={loading}
            />
          </Stack>
        </form>
      </Modal>
      <Modal opened={dialog === 'REFUSE'} onClose={() => setDialog(null)} title={t('dossier.reception.refuseTitle')}>
        <form onSubmit={submitAs('REFUSE')} noValidate>
          <Stack gap="md">
            <Textarea
              label={t('dossier.reception.refuseReason')}
              required
              autosize
              minRows={3}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <FormFooter
              failure={failure.message}
              onCancel={() => setDialog(null)}
              submitLabel={t('dossier.reception.refuse')}
              submitting={loading}
              destructive
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/**
 * /tiep-nhan: the counter's reception. Search the procedure, tick the documents of its version in
 * force, record the applicant, then receive (a code and an appointment), ask for a supplement, or
 * refuse; the dossier page that follows offers the slip to print.
 */
export function ReceptionPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('dossier.reception.heading')} · ${t('appTitle')}`);
  const formatDuration = useFormatDuration();
  const agencies = useReceptionAgencies();
  const [procedureId, setProcedureId] = useState<string | null>(null);
  const procedure = useQuery(ReceptionProcedureDocument, procedureId ? { variables: { id: procedureId } } : skipToken);
  const chosen = procedure.data?.procedure;
  const version = chosen?.currentVersion;

  return (
    <Stack gap="md">
      <PageHeader title={t('dossier.reception.heading')} description={t('dossier.reception.intro')} />
      {agencies.length === 0 && (
        <Alert color="yellow" variant="light">
          {t('dossier.reception.noGrant')}
        </Alert>
      )}
      <ProcedurePicker onChange={setProcedureId} />
      {procedureId &&
        (procedure.error ? (
          <LoadErrorAlert onRetry={() => void procedure.refetch()} />
        ) : !chosen ? (
          <LoadingState />
        ) : !version ? (
          <Alert color="yellow" variant="light">
            {t('dossier.reception.noVersion')}
          </Alert>
        ) : (
          <>
            <Card withBorder padding="sm">
              <Text fw={600}>{chosen.name}</Text>
              <Text size="sm" c="dimmed">
                {t('dossier.reception.version', {
                  number: version.number,
                  time: formatDuration(version.processingTime),
                  agency: chosen.competentAgency.name,
                })}
              </Text>
            </Card>
            <ReceptionForm key={chosen.id} procedure={chosen} />
          </>
        ))}
    </Stack>
  );
}
