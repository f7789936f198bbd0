import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert, LoadingState, PageHeader } from '@motcua/ui';
import { ProcedureNotFound, useProcedureByCode } from '../procedure/ProcedurePage';
import { canFileOnline } from '../procedure/ProcedureSummary';

/**
 * /nop-truc-tuyen/:code — where online filing will start. The dossiers module that receives an
 * application is not built yet, so this page says so plainly instead of pretending to accept one.
 */
export function OnlineFilingPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const { found, loading, error, retry } = useProcedureByCode(code);
  useDocumentTitle(`${t('onlineFiling.heading')} · ${t('appTitle')}`);

  if (error) return <LoadErrorAlert onRetry={retry} />;
  if (loading) return <LoadingState />;
  if (!found) return <ProcedureNotFound code={code} />;

  const { procedure } = found;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('onlineFiling.heading')}
        description={t('onlineFiling.procedure', { name: procedure.name, code: procedure.code })}
      />
      <Alert color="yellow" variant="light">
        <Text size="sm">{canFileOnline(found.terms) ? t('onlineFiling.notYet') : t('onlineFiling.notOffered')}</Text>
      </Alert>
      <Anchor component={Link} to={`/thu-tuc/${encodeURIComponent(procedure.code)}`}>
        {t('onlineFiling.back')}
      </Anchor>
    </Stack>
  );
}
