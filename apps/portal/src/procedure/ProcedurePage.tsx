import { Anchor, List, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProcedureDetailDocument, useQuery } from '@motcua/graphql-client';
import { LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { ChannelsSection } from './ChannelsSection';
import { DocumentsSection } from './DocumentsSection';
import { LegalBasesSection, PublicationSection } from './LegalSections';
import { ProcedureSummary } from './ProcedureSummary';
import { Section } from './Section';
import { WhereToApplySection } from './WhereToApplySection';
import type { ProcedureDetail, ProcedureTerms } from './types';
import classes from './ProcedurePage.module.css';

/** Published steps often number themselves ("Bước 1: …"); the ordered list already does. */
function withoutStepNumber(step: string): string {
  return step.replace(/^\s*Bước\s+\d+\s*[:.]\s*/i, '');
}

/**
 * The procedure with its terms in force, or null: an unknown code, or a procedure never published
 * (the public catalogue shows only what is in force).
 */
export function useProcedureByCode(code: string) {
  const query = useQuery(ProcedureDetailDocument, { variables: { code } });
  const procedure = query.data?.procedureByCode ?? null;
  const terms = procedure?.currentVersion ?? null;
  return {
    found: procedure && terms ? { procedure, terms } : null,
    loading: query.loading && !query.data,
    error: query.error ?? null,
    retry: () => void query.refetch().catch(() => undefined),
  };
}

/** For a code the catalogue does not have: says so, with the way back to the search. */
export function ProcedureNotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={t('procedure.notFound.title')} description={t('procedure.notFound.description', { code })} />
      <Anchor component={Link} to="/">
        {t('procedure.notFound.back')}
      </Anchor>
    </Stack>
  );
}

function ProcedureContent({ procedure, terms }: { procedure: ProcedureDetail; terms: ProcedureTerms }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" className={classes.page}>
      <ProcedureSummary procedure={procedure} terms={terms} />

      <Section id="steps" title={t('procedure.steps')}>
        <List type="ordered" spacing="xs" className={classes.wrap}>
          {terms.steps.map((step, index) => (
            <List.Item key={index}>{withoutStepNumber(step)}</List.Item>
          ))}
        </List>
      </Section>

      <DocumentsSection documents={terms.documents} />
      <ChannelsSection channels={terms.channels} />
      <WhereToApplySection entries={procedure.receivingSections} />

      <Section id="conditions" title={t('procedure.conditions.heading')}>
        <Text className={classes.wrap} style={{ whiteSpace: 'pre-line' }}>
          {terms.conditions || t('procedure.conditions.none')}
        </Text>
      </Section>

      <Section id="result" title={t('procedure.result.heading')}>
        <Text fw={500} className={classes.wrap}>
          {terms.result.name}
        </Text>
        <Text size="sm">
          {t('procedure.result.validity')}: {terms.result.validity || t('procedure.result.noValidity')}
        </Text>
      </Section>

      <LegalBasesSection legalBases={terms.legalBases} />
      <PublicationSection terms={terms} />
    </Stack>
  );
}

/** /thu-tuc/:code — everything a citizen needs before filing, printable. Public. */
export function ProcedurePage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const { found, loading, error, retry } = useProcedureByCode(code);
  useDocumentTitle(
    `${found ? found.procedure.name : loading ? code : t('procedure.notFound.title')} · ${t('appTitle')}`,
  );

  if (error) return <LoadErrorAlert onRetry={retry} />;
  if (loading) return <LoadingState />;
  if (!found) return <ProcedureNotFound code={code} />;
  return <ProcedureContent procedure={found.procedure} terms={found.terms} />;
}
