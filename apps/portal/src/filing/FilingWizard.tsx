import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  readFaults,
  readMutationFailure,
  SaveOnlineDraftDocument,
  SubmitOnlineDossierDocument,
  useMutation,
  useSession,
  type CitizenDossierFragment,
} from '@motcua/graphql-client';
import { formatDateTime } from '@motcua/ui';
import { draftParam } from '../paths';
import type { ProcedureDetail, ProcedureTerms } from '../procedure/types';
import { ApplicantStep } from './ApplicantStep';
import { DocumentsStep } from './DocumentsStep';
import { FilingDone } from './FilingDone';
import {
  draftInput,
  filingSteps,
  filingValuesOf,
  formPathOf,
  newFilingValues,
  stepOfPath,
  stepProblems,
  type FilingStep,
  type FilingValues,
} from './filingForm';
import { DeliveryStep } from './DeliveryStep';
import { SummaryStep } from './SummaryStep';

/** The step in the address (`&buoc=2`, from 1), so a reload comes back to it. */
const stepParam = 'buoc';
const lastStep = filingSteps.length - 1;

function stepFromAddress(value: string | null): number {
  const step = Number(value) - 1;
  return Number.isInteger(step) ? Math.min(Math.max(step, 0), lastStep) : 0;
}

/** Focus the first field marked invalid once it is on screen, so a screen reader reads its error. */
function focusFirstInvalid() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus());
}

/**
 * The online form as a Mantine Stepper: applicant, documents, result delivery, review. Each step
 * change saves the draft (`saveOnlineDraft`) and puts its id in the address; the last step sends
 * it (`submitOnlineDossier`). The API's faults go beside their fields, on their step.
 */
export function FilingWizard({
  procedure,
  terms,
  draft,
  onDraftCreated,
}: {
  procedure: ProcedureDetail;
  terms: ProcedureTerms;
  draft: CitizenDossierFragment | null;
  onDraftCreated: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { account } = useSession();
  const isPhone = useMediaQuery('(max-width: 37.49em)', false, { getInitialValueInEffect: false });
  const [searchParams, setSearchParams] = useSearchParams();
  const [active, setActive] = useState(() => (draft ? stepFromAddress(searchParams.get(stepParam)) : 0));
  const [dossierId, setDossierId] = useState(draft?.id ?? null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState<CitizenDossierFragment | null>(null);
  const [saveDraft] = useMutation(SaveOnlineDraftDocument);
  const [submitDossier] = useMutation(SubmitOnlineDossierDocument);
  const form = useForm<FilingValues>({
    initialValues: draft
      ? filingValuesOf(draft, terms.documents)
      : newFilingValues(terms.documents, account?.displayName ?? ''),
  });

  /** The API's refusal: fields on their step, the rest in the alert. */
  function showFailure(error: unknown, title: string) {
    const documentCount = terms.documents.length;
    const read = readMutationFailure(error, {
      language,
      fallback: t('onlineFiling.unavailable'),
      formFields: (field) => formPathOf(field, documentCount),
    });
    const fieldErrors = { ...read.fieldErrors };
    const unplaced: string[] = [];
    for (const fault of readFaults(error, language)) {
      const path = formPathOf(fault.field, documentCount);
      if (path) fieldErrors[path] = fault.message;
      else unplaced.push(fault.message);
    }
    const paths = Object.keys(fieldErrors);
    form.setErrors(fieldErrors);
    if (paths.length > 0) {
      setActive(Math.min(...paths.map((path) => filingSteps.indexOf(stepOfPath(path)))));
      focusFirstInvalid();
    }
    const message = [read.formError, ...unplaced].filter(Boolean).join(' ');
    setFailure({ title, message: message || t('onlineFiling.fixFields') });
  }

  // The draft and the step in the address, whichever way the step changed (a click, a fault's field).
  useEffect(() => {
    const step = String(active + 1);
    if (!dossierId || submitted) return;
    if (searchParams.get(draftParam) === dossierId && searchParams.get(stepParam) === step) return;
    setSearchParams({ [draftParam]: dossierId, [stepParam]: step }, { replace: true });
  }, [active, dossierId, submitted, searchParams, setSearchParams]);

  /** Saves the form as the draft. */
  async function save(): Promise<boolean> {
    try {
      const { data } = await saveDraft({
        variables: { input: draftInput(form.getValues(), procedure.id, dossierId) },
      });
      const saved = data?.saveOnlineDraft.dossier;
      if (!saved) return false;
      if (!dossierId) onDraftCreated(saved.id);
      setDossierId(saved.id);
      setSavedAt(new Date());
      return true;
    } catch (error) {
      showFailure(error, t('onlineFiling.saveFailed'));
      return false;
    }
  }

  async function goTo(target: number) {
    if (busy || target === active) return;
    setFailure(null);
    // Forward only past steps that pass the checks the browser can make; back at any time.
    for (let step = active; step < target; step++) {
      const problems = stepProblems(filingSteps[step]!, form.getValues());
      if (Object.keys(problems).length > 0) {
        form.setErrors(
          Object.fromEntries(Object.entries(problems).map(([path, key]) => [path, t(`onlineFiling.errors.${key}`)])),
        );
        setActive(step);
        focusFirstInvalid();
        return;
      }
    }
    form.clearErrors();
    setBusy(true);
    const saved = await save();
    setBusy(false);
    if (saved) setActive(target);
  }

  async function send() {
    if (busy || !dossierId) return;
    setFailure(null);
    setBusy(true);
    try {
      const { data } = await submitDossier({ variables: { dossierId } });
      const dossier = data?.submitOnlineDossier.dossier;
      if (dossier) {
        setSearchParams({ [draftParam]: dossier.id }, { replace: true });
        setSubmitted(dossier);
      }
    } catch (error) {
      showFailure(error, t('onlineFiling.submitFailed'));
    } finally {
      setBusy(false);
    }
  }

  function next(event: FormEvent) {
    event.preventDefault();
    void (active < lastStep ? goTo(active + 1) : send());
  }

  if (submitted) return <FilingDone dossier={submitted} />;

  const stepName = (step: FilingStep) => t(`onlineFiling.steps.${step}`);
  const values = form.getValues();
  return (
    <Stack gap="lg">
      <Stepper
        active={active}
        onStepClick={(step) => void goTo(step)}
        allowNextStepsSelect={false}
        size="sm"
        aria-label={t('onlineFiling.stepsLabel')}
      >
        {filingSteps.map((step) => (
          <Stepper.Step
            key={step}
            label={isPhone ? undefined : stepName(step)}
            aria-label={stepName(step)}
            loading={busy && filingSteps[active] === step}
          />
        ))}
      </Stepper>

      <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
        <form onSubmit={next} noValidate aria-labelledby="filing-step-heading">
          <Stack gap="md">
            <Title order={2} fz="h3" id="filing-step-heading">
              {t('onlineFiling.stepOf', {
                current: active + 1,
                total: filingSteps.length,
                name: stepName(filingSteps[active]!),
              })}
            </Title>
            {failure && (
              <Alert color="red" variant="light" title={failure.title} role="alert">
                <Text size="sm">{failure.message}</Text>
              </Alert>
            )}
            {active === 0 && <ApplicantStep form={form} />}
            {active === 1 && <DocumentsStep form={form} documents={terms.documents} dossierId={dossierId} />}
            {active === 2 && <DeliveryStep form={form} />}
            {active === 3 && (
              <SummaryStep
                values={values}
                documents={terms.documents}
                onEdit={(step) => void goTo(filingSteps.indexOf(step))}
              />
            )}
            <Group justify="space-between" mt="sm">
              {active > 0 ? (
                <Button variant="default" onClick={() => void goTo(active - 1)} disabled={busy}>
                  {t('onlineFiling.previous')}
                </Button>
              ) : (
                <span />
              )}
              <Button type="submit" loading={busy}>
                {active < lastStep ? t('onlineFiling.next') : t('onlineFiling.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Text size="xs" c="dimmed" role="status">
        {savedAt ? t('onlineFiling.saved', { time: formatDateTime(savedAt, language) }) : ''}
      </Text>
    </Stack>
  );
}
