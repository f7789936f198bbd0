import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { skipToken, TrackDossierDocument, useQuery, useSession } from '@motcua/graphql-client';
import { LoadErrorAlert, LoadingState, PageHeader, signInPathFor } from '@motcua/ui';
import { paths, signInRoutes } from '../paths';
import { DossierFigures } from './DossierFigures';

/** The receipt's QR code carries both: /tra-cuu?ma=<code>&sgt=<ID number>. */
export const trackingParams = { code: 'ma', idNumber: 'sgt' } as const;

/** The tracking address for a dossier, as the receipt's QR code and the filing confirmation link it. */
export function trackingPath(code: string, idNumber: string): string {
  const search = new URLSearchParams({ [trackingParams.code]: code, [trackingParams.idNumber]: idNumber });
  return `${paths.tracking}?${search.toString()}`;
}

/** For the applicant: where to answer, which needs their account (my dossiers, after signing in). */
function AnswerLink() {
  const { t } = useTranslation();
  const { account } = useSession();
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm">{t('dossier.supplement.signInHint')}</Text>
      <Anchor component={Link} to={account ? paths.myDossiers : signInPathFor(paths.myDossiers, signInRoutes)}>
        {account ? t('myDossiers.heading') : t('dossier.supplement.signInToAnswer')}
      </Anchor>
    </Stack>
  );
}

function TrackingResult({ code, idNumber }: { code: string; idNumber: string }) {
  const { t } = useTranslation();
  // From the network each time: a citizen checking again wants the status now.
  const query = useQuery(TrackDossierDocument, { variables: { code, idNumber }, fetchPolicy: 'network-only' });
  if (query.error) return <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />;
  if (query.loading || !query.data) return <LoadingState />;
  const tracking = query.data.trackDossier;
  if (!tracking) {
    // Whether the code exists is not told: the same words for an unknown code and a wrong ID number.
    return (
      <Alert color="yellow" variant="light" title={t('tracking.notFound.title')} role="alert">
        <Text size="sm">{t('tracking.notFound.description')}</Text>
      </Alert>
    );
  }
  return <DossierFigures figures={tracking} supplementAction={<AnswerLink />} />;
}

/** Code and ID number; looking up puts them in the address, where the result reads them. */
function TrackingForm({ initial }: { initial: { code: string; idNumber: string } }) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const [draft, setDraft] = useState(initial);
  const [missing, setMissing] = useState(false);

  function lookUp(event: FormEvent) {
    event.preventDefault();
    const next = { code: draft.code.trim(), idNumber: draft.idNumber.trim() };
    setMissing(!next.code || !next.idNumber);
    if (!next.code || !next.idNumber) return;
    setSearchParams({ [trackingParams.code]: next.code, [trackingParams.idNumber]: next.idNumber });
  }

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} maw={720}>
      <form onSubmit={lookUp} noValidate aria-label={t('tracking.heading')}>
        <Stack gap="sm">
          <Group grow align="flex-start" wrap="wrap" preventGrowOverflow={false}>
            <TextInput
              label={t('tracking.code')}
              description={t('tracking.codeHint')}
              value={draft.code}
              onChange={(event) => setDraft({ ...draft, code: event.currentTarget.value })}
              error={missing && !draft.code.trim() ? t('tracking.required') : undefined}
              required
              autoComplete="off"
              spellCheck={false}
              miw={220}
            />
            <TextInput
              label={t('tracking.idNumber')}
              value={draft.idNumber}
              onChange={(event) => setDraft({ ...draft, idNumber: event.currentTarget.value })}
              error={missing && !draft.idNumber.trim() ? t('tracking.required') : undefined}
              required
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              miw={220}
            />
          </Group>
          <Group>
            <Button type="submit">{t('tracking.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * /tra-cuu — anyone with the dossier code and the applicant's ID number sees how it is going, no
 * sign-in needed. The search is kept in the address, so the receipt's QR code shows the result at
 * once and a reload shows it again.
 */
export function TrackDossierPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('tracking.heading')} · ${t('appTitle')}`);
  const [searchParams] = useSearchParams();
  const code = searchParams.get(trackingParams.code)?.trim() ?? '';
  const idNumber = searchParams.get(trackingParams.idNumber)?.trim() ?? '';
  // Keyed by the address, so going back to an earlier look-up shows its words in the form too.
  const key = `${code}\n${idNumber}`;

  return (
    <Stack gap="lg">
      <PageHeader title={t('tracking.heading')} description={t('tracking.intro')} />
      <TrackingForm key={key} initial={{ code, idNumber }} />
      {code && idNumber && (
        <section aria-label={t('tracking.resultLabel')}>
          <TrackingResult key={key} code={code} idNumber={idNumber} />
        </section>
      )}
    </Stack>
  );
}
