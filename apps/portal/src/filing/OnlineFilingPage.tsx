import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CitizenDossierDocument, skipToken, useQuery } from '@motcua/graphql-client';
import { LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { draftParam, onlineFilingPath } from '../paths';
import { ProcedureNotFound, useProcedureByCode } from '../procedure/ProcedurePage';
import { canFileOnline } from '../procedure/ProcedureSummary';
import { FilingDone } from './FilingDone';
import { FilingWizard } from './FilingWizard';

/**
 * The draft the form starts from: the one in the address when the page opened or when a link put
 * another one there, but not the one the form itself just created (it holds that one already).
 */
function useDraftToLoad() {
  const [searchParams] = useSearchParams();
  const inAddress = searchParams.get(draftParam);
  const [toLoad, setToLoad] = useState(inAddress);
  const created = useRef<string | null>(null);
  useEffect(() => {
    if (inAddress !== toLoad && inAddress !== created.current) setToLoad(inAddress);
  }, [inAddress, toLoad]);
  return {
    draftId: toLoad,
    onDraftCreated: (id: string) => {
      created.current = id;
    },
  };
}

/**
 * /nop-truc-tuyen/:code — online filing for a procedure whose version in force is partly or fully
 * online. Behind RequireCitizen. `?ban-nhap=<id>` continues a draft; a draft already sent shows its
 * confirmation.
 */
export function OnlineFilingPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const { found, loading, error, retry } = useProcedureByCode(code);
  const { draftId, onDraftCreated } = useDraftToLoad();
  const draftQuery = useQuery(
    CitizenDossierDocument,
    draftId ? { variables: { id: draftId }, fetchPolicy: 'network-only' } : skipToken,
  );
  useDocumentTitle(`${t('onlineFiling.heading')} · ${t('appTitle')}`);

  if (error || (draftId && draftQuery.error)) {
    return <LoadErrorAlert onRetry={error ? retry : () => void draftQuery.refetch().catch(() => undefined)} />;
  }
  if (loading || (draftId && !draftQuery.data)) return <LoadingState />;
  if (!found) return <ProcedureNotFound code={code} />;

  const { procedure, terms } = found;
  const draft = draftId ? (draftQuery.data?.dossier ?? null) : null;
  const backToProcedure = (
    <Anchor component={Link} to={`/thu-tuc/${encodeURIComponent(procedure.code)}`} size="sm">
      ← {t('onlineFiling.back')}
    </Anchor>
  );

  let body;
  if (!canFileOnline(terms)) {
    body = (
      <Alert color="yellow" variant="light" role="note">
        <Text size="sm">{t('onlineFiling.notOffered')}</Text>
      </Alert>
    );
  } else if (draftId && !draft) {
    body = (
      <Alert color="yellow" variant="light" title={t('onlineFiling.draftNotFound.title')} role="note">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('onlineFiling.draftNotFound.description')}</Text>
          <Anchor component={Link} to={onlineFilingPath(procedure.code)} size="sm">
            {t('onlineFiling.draftNotFound.startOver')}
          </Anchor>
        </Stack>
      </Alert>
    );
  } else if (draft && draft.procedureCode !== procedure.code) {
    body = (
      <Alert color="yellow" variant="light" role="note">
        <Anchor component={Link} to={onlineFilingPath(draft.procedureCode, draft.id)} size="sm">
          {t('onlineFiling.otherProcedure', { code: draft.procedureCode })}
        </Anchor>
      </Alert>
    );
  } else if (draft && draft.status !== 'DRAFT') {
    body = <FilingDone dossier={draft} />;
  } else {
    body = (
      <FilingWizard
        key={draftId ?? 'new'}
        procedure={procedure}
        terms={terms}
        draft={draft}
        onDraftCreated={onDraftCreated}
      />
    );
  }

  return (
    <Stack gap="lg">
      {backToProcedure}
      <PageHeader
        title={t('onlineFiling.heading')}
        description={t('onlineFiling.procedure', { name: procedure.name, code: procedure.code })}
      />
      {body}
    </Stack>
  );
}
