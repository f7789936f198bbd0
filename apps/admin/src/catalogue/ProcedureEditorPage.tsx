import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import {
  CatalogueProcedureDocument,
  DiscardDraftDocument,
  SaveDraftDocument,
  useMutation,
  useQuery,
  type CatalogueProcedureDetailFragment,
  type CatalogueVersionTermsFragment,
} from '@motcua/graphql-client';
import { ForbiddenPage, LoadErrorAlert, LoadingState, NotFoundPage, PageHeader } from '@motcua/ui';
import { formatDayMonthYear } from '../dates/isoDates';
import { formatDateTime } from '@motcua/ui';
import { isForbidden, readMutationFailure } from '@motcua/graphql-client';
import { paths } from '../paths';
import { procedureStanding, useAgencies } from './catalogueData';
import { ChannelsSection } from './ChannelsSection';
import { FaultList } from './FaultList';
import { FormErrorAlert } from './FormErrorAlert';
import { IdentityPanel } from './IdentityPanel';
import { InternalProcessSection } from './InternalProcessSection';
import { ProcedurePreview } from './ProcedurePreview';
import { ProcedureStandingBadges } from './ProcedureStanding';
import { PublishDialog } from './PublishDialog';
import { VersionHistory } from './VersionHistory';
import {
  ConditionsAndResultSection,
  DocumentsSection,
  LegalBasesSection,
  StepsSection,
  TimeSection,
} from './TermsSections';
import {
  blankTermsValues,
  checkTermsForSaving,
  errorsOfFaults,
  formPathOf,
  termsInputOf,
  termsValuesOf,
  type Fault,
  type TermsValues,
} from './termsForm';

type Tab = 'identity' | 'terms' | 'preview' | 'history';

function ProcedureEditor({ procedure }: { procedure: CatalogueProcedureDetailFragment }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { agencies } = useAgencies();
  const created = (location.state as { created?: string } | null)?.created;
  const [announcement, setAnnouncement] = useState(created ? t('catalogue.list.created', { name: created }) : '');
  const [tab, setTab] = useState<Tab>('terms');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [saveDraft, { loading: saving }] = useMutation(SaveDraftDocument, {
    refetchQueries: [CatalogueProcedureDocument],
    awaitRefetchQueries: true,
  });
  const [discardDraft, { loading: discardLoading }] = useMutation(DiscardDraftDocument);

  const draft = procedure.versions.find((version) => version.status === 'DRAFT') ?? null;
  const latest = procedure.versions[0] ?? null;
  const form = useForm<TermsValues>({
    mode: 'controlled',
    initialValues: latest ? termsValuesOf(latest) : blankTermsValues(),
  });

  // What publishing would refuse in the saved draft, beside its fields from the start.
  useEffect(() => {
    if (draft) form.setErrors(errorsOfFaults(draft.faults));
    // Only on opening: later, saving and publishing set the errors they learn.
  }, []);

  function startFrom(version: CatalogueVersionTermsFragment | null) {
    const values = version ? termsValuesOf(version) : blankTermsValues();
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  }

  /** Saves the form as the draft; the saved draft, or null when the form or the API refused it. */
  async function save(): Promise<CatalogueVersionTermsFragment | null> {
    setSaveError(null);
    const problems = checkTermsForSaving(form.getValues());
    if (Object.keys(problems).length > 0) {
      const messages = Object.entries(problems).map(([path, problem]) => [
        path,
        t(`catalogue.editor.problems.${problem}`),
      ]);
      form.setErrors({ ...form.errors, ...Object.fromEntries(messages) });
      setSaveError(t('catalogue.editor.checkBeforeSaving'));
      return null;
    }
    try {
      const result = await saveDraft({
        variables: { input: { procedureId: procedure.id, terms: termsInputOf(form.getValues()) } },
      });
      const version = result.data?.saveDraft.version ?? null;
      form.resetDirty();
      form.setErrors(version ? errorsOfFaults(version.faults) : {});
      return version;
    } catch (error) {
      const failure = readMutationFailure(error, {
        language: i18n.resolvedLanguage,
        fallback: t('form.unexpected'),
        formFields: (field) => (field.startsWith('terms.') ? formPathOf(field) : null),
      });
      form.setErrors({ ...form.errors, ...failure.fieldErrors });
      setSaveError(failure.formError ?? t('catalogue.editor.checkBeforeSaving'));
      return null;
    }
  }

  async function handleSave() {
    const version = await save();
    if (version) setAnnouncement(t('catalogue.editor.draftSaved'));
  }

  async function prepareToPublish(): Promise<string | null> {
    if (draft && !form.isDirty()) return draft.id;
    return (await save())?.id ?? null;
  }

  function handlePublished(version: CatalogueVersionTermsFragment) {
    setPublishing(false);
    startFrom(version);
    setAnnouncement(
      t('catalogue.publish.published', {
        number: version.number,
        date: version.effectiveFrom ? formatDayMonthYear(version.effectiveFrom) : '',
      }),
    );
  }

  function handleRefused(faults: Fault[]) {
    form.setErrors(errorsOfFaults(faults));
  }

  async function handleDiscard() {
    try {
      const result = await discardDraft({ variables: { procedureId: procedure.id } });
      setDiscarding(false);
      startFrom(result.data?.discardDraft.versions[0] ?? null);
      setAnnouncement(t('catalogue.editor.draftDiscarded'));
    } catch (error) {
      setDiscarding(false);
      setSaveError(
        readMutationFailure(error, { language: i18n.resolvedLanguage, fallback: t('form.unexpected'), formFields: [] })
          .formError,
      );
    }
  }

  const dirty = form.isDirty();
  const nextNumber = draft?.number ?? (latest ? latest.number + 1 : 1);
  const agencyName = procedure.competentAgency.name;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.catalogue} size="sm">
        ← {t('catalogue.editor.back')}
      </Anchor>
      <PageHeader title={procedure.name} />
      <Group gap="xs">
        <Text ff="monospace" c="dimmed">
          {procedure.code}
        </Text>
        <ProcedureStandingBadges standing={procedureStanding(procedure.versions)} />
      </Group>
      <Text role="status" size="sm" fw={500}>
        {announcement}
      </Text>

      <Group gap="sm" justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {draft
            ? t('catalogue.editor.editingDraft', {
                number: draft.number,
                time: formatDateTime(draft.updatedAt, i18n.resolvedLanguage),
              })
            : latest && t('catalogue.editor.editingFromVersion', { number: latest.number })}
          {dirty && ` ${t('catalogue.editor.unsaved')}`}
        </Text>
        <Group gap="xs">
          {draft && (
            <Button variant="subtle" color="red" onClick={() => setDiscarding(true)}>
              {t('catalogue.editor.discardDraft')}
            </Button>
          )}
          <Button variant="default" onClick={() => void handleSave()} loading={saving}>
            {t('catalogue.editor.saveDraft')}
          </Button>
          <Button onClick={() => setPublishing(true)} disabled={!draft && !dirty}>
            {t('catalogue.editor.publish')}
          </Button>
        </Group>
      </Group>
      <FormErrorAlert message={saveError} />

      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? 'terms')} keepMounted={false}>
        <Tabs.List aria-label={t('catalogue.editor.tabs.label')}>
          <Tabs.Tab value="terms">{t('catalogue.editor.tabs.terms')}</Tabs.Tab>
          <Tabs.Tab value="identity">{t('catalogue.editor.tabs.identity')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('catalogue.editor.tabs.preview')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('catalogue.editor.tabs.history')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="terms" pt="md">
          <Stack gap="md">
            {draft && !dirty && (
              <Alert
                color={draft.faults.length > 0 ? 'yellow' : 'green'}
                variant="light"
                title={
                  draft.faults.length > 0
                    ? t('catalogue.editor.faultsTitle', { number: draft.faults.length })
                    : t('catalogue.editor.noFaults')
                }
                styles={{ title: { color: 'var(--mantine-color-text)' } }}
              >
                {draft.faults.length > 0 && <FaultList faults={draft.faults} linked />}
              </Alert>
            )}
            <StepsSection form={form} />
            <ChannelsSection form={form} />
            <TimeSection form={form} />
            <DocumentsSection form={form} />
            <ConditionsAndResultSection form={form} />
            <LegalBasesSection form={form} />
            <InternalProcessSection form={form} agencies={agencies} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void handleSave()} loading={saving}>
                {t('catalogue.editor.saveDraft')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="identity" pt="md">
          <IdentityPanel procedure={procedure} onSaved={setAnnouncement} />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          <ProcedurePreview
            procedure={procedure}
            identity={{ name: procedure.name, field: procedure.field, agencyName }}
            terms={form.getValues()}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <VersionHistory versions={procedure.versions} />
        </Tabs.Panel>
      </Tabs>

      <PublishDialog
        opened={publishing}
        onClose={() => setPublishing(false)}
        versionNumber={nextNumber}
        unsaved={dirty}
        prepare={prepareToPublish}
        onPublished={handlePublished}
        onRefused={handleRefused}
      />
      <Modal opened={discarding} onClose={() => setDiscarding(false)} title={t('catalogue.editor.discardDraft')}>
        <Stack gap="md">
          <Text size="sm">{t('catalogue.editor.discardConfirm')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setDiscarding(false)}>
              {t('form.cancel')}
            </Button>
            <Button color="red" loading={discardLoading} onClick={() => void handleDiscard()}>
              {t('catalogue.editor.discardDraft')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** /thu-tuc/:id: one procedure's identity, its draft's terms, a preview, publication and history. */
export function ProcedureEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(CatalogueProcedureDocument, { variables: { id } });
  const procedure = query.data?.procedure;
  useDocumentTitle(`${procedure?.name ?? t('catalogue.list.heading')} · ${t('appTitle')}`);

  if (isForbidden(query.error)) return <ForbiddenPage />;
  if (query.error) return <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />;
  if (!query.data) return <LoadingState />;
  if (!procedure) return <NotFoundPage />;
  return <ProcedureEditor key={procedure.id} procedure={procedure} />;
}
