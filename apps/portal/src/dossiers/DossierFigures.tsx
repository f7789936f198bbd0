import type { ReactNode } from 'react';
import { Alert, Card, DataList, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  DossierStatus,
  PublicApologyFragment,
  PublicDeadlineFragment,
  PublicResultFragment,
  PublicSupplementRequestFragment,
  StepState,
  Timeliness,
} from '@motcua/graphql-client';
import { formatDateTime } from '@motcua/ui';
import { Fact } from '../procedure/Fact';
import { Section } from '../procedure/Section';
import { DossierStatusBadge, TimelinessBadge } from './DossierBadges';
import { DueDate, RemainingTime } from './deadlineText';
import classes from '../procedure/ProcedurePage.module.css';

interface FiguresStep {
  name: string;
  agencyName: string | null;
  state: StepState;
  dueAt: string | null;
  finishedAt: string | null;
  timeliness: Timeliness | null;
}

/** What public tracking and a citizen's own dossier both show (DossierTracking's shape). */
export interface DossierFiguresData {
  code: string | null;
  status: DossierStatus;
  nationalStatusCode: number | null;
  procedureName: string;
  receivingAgencyName: string | null;
  submittedAt?: string | null;
  receivedAt: string | null;
  deadline: PublicDeadlineFragment;
  steps: readonly FiguresStep[];
  openSupplementRequest: PublicSupplementRequestFragment | null;
  apologies: readonly PublicApologyFragment[];
  result: PublicResultFragment | null;
  returnedAt: string | null;
}

function StepsTable({ steps }: { steps: readonly FiguresStep[] }) {
  const { t, i18n } = useTranslation();
  const when = (value: string | null) => (value ? formatDateTime(value, i18n.resolvedLanguage) : '—');
  if (steps.length === 0) return <Text size="sm">{t('dossier.steps.none')}</Text>;
  return (
    // On a phone the table scrolls inside its own box; the page itself never does.
    <Table.ScrollContainer minWidth={640} type="native" className={classes.tableScroll}>
      <Table aria-label={t('dossier.steps.tableLabel')} withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossier.steps.name')}</Table.Th>
            <Table.Th scope="col">{t('dossier.steps.agency')}</Table.Th>
            <Table.Th scope="col">{t('dossier.steps.state')}</Table.Th>
            <Table.Th scope="col">{t('dossier.steps.dueAt')}</Table.Th>
            <Table.Th scope="col">{t('dossier.steps.finishedAt')}</Table.Th>
            <Table.Th scope="col">{t('dossier.steps.timeliness')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((step, index) => (
            <Table.Tr key={index} fw={step.state === 'ACTIVE' ? 600 : undefined}>
              <Table.Td className={classes.wrap}>{step.name}</Table.Td>
              <Table.Td className={classes.wrap}>{step.agencyName ?? '—'}</Table.Td>
              <Table.Td>{t(`dossier.stepState.${step.state}`)}</Table.Td>
              <Table.Td>{when(step.dueAt)}</Table.Td>
              <Table.Td>{when(step.finishedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {step.timeliness ? <TimelinessBadge timeliness={step.timeliness} /> : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Mẫu 02 as the applicant reads it: when, why, every document asked for; and their answer. */
export function SupplementRequestCard({
  request,
  children,
}: {
  request: PublicSupplementRequestFragment;
  /** What the reader can do about it: sign in, or the answer form. */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Alert color="orange" variant="light" title={t('dossier.supplement.heading')} role="region">
      <Stack gap="xs">
        <Text size="sm">
          {t('dossier.supplement.requestedAt', { date: formatDateTime(request.requestedAt, language) })}
        </Text>
        <Text size="sm" className={classes.wrap}>
          <strong>{t('dossier.supplement.reason')}:</strong> {request.reason}
        </Text>
        {request.items.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('dossier.supplement.items')}
            </Text>
            <List size="sm" spacing={4} className={classes.wrap}>
              {request.items.map((item, index) => (
                <List.Item key={index}>
                  <strong>{item.name}</strong>: {item.reason}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {request.answeredAt && (
          <Text size="sm" className={classes.wrap}>
            {t('dossier.supplement.answered', { date: formatDateTime(request.answeredAt, language) })}
            {request.answerNote ? `: ${request.answerNote}` : ''}
          </Text>
        )}
        {children}
      </Stack>
    </Alert>
  );
}

function ApologiesSection({ apologies }: { apologies: readonly PublicApologyFragment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Section id="dossier-apologies" title={t('dossier.apologies.heading')}>
      <Stack gap="sm">
        {apologies.map((apology) => (
          <Card key={apology.id} withBorder padding="sm">
            <Text fw={600}>
              {t('dossier.apologies.newDueAt', { date: formatDateTime(apology.newDueAt, language) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('dossier.apologies.previousDueAt', { date: formatDateTime(apology.previousDueAt, language) })}
            </Text>
            <Text size="sm" className={classes.wrap}>
              {apology.reason}
            </Text>
            <Text size="xs" c="dimmed">
              {apology.delayingAgencyName && `${t('dossier.apologies.by', { agency: apology.delayingAgencyName })} · `}
              {t('dossier.apologies.issuedAt', { date: formatDateTime(apology.issuedAt, language) })}
            </Text>
          </Card>
        ))}
      </Stack>
    </Section>
  );
}

function ResultSection({ result, returnedAt }: { result: PublicResultFragment; returnedAt: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Section id="dossier-result" title={t('dossier.result.heading')}>
      <Card withBorder padding="sm">
        <Text fw={600} c={result.outcome === 'REJECTED' ? 'red.8' : undefined}>
          {t(`dossier.result.outcome.${result.outcome}`)}
        </Text>
        <Text size="sm" className={classes.wrap}>
          {result.summary}
        </Text>
        {result.documentNumber && (
          <Text size="sm">{t('dossier.result.documentNumber', { number: result.documentNumber })}</Text>
        )}
        <Text size="sm">{t('dossier.result.issuedAt', { date: formatDateTime(result.issuedAt, language) })}</Text>
        {result.electronic && <Text size="sm">{t('dossier.result.electronic')}</Text>}
        {returnedAt && (
          <Text size="sm">{t('dossier.result.returnedAt', { date: formatDateTime(returnedAt, language) })}</Text>
        )}
      </Card>
    </Section>
  );
}

/**
 * A dossier as its applicant follows it: status, procedure, who received it, when, the due date
 * (or that the clock waits), time left, each step with its timeliness, the open supplement
 * request, apologies and the result. `supplementAction` goes inside the supplement request.
 */
export function DossierFigures({
  figures,
  supplementAction,
}: {
  figures: DossierFiguresData;
  supplementAction?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { deadline } = figures;
  return (
    <Stack gap="lg">
      <section aria-label={t('dossier.summaryLabel')}>
        <DataList size="sm" gap={6} labelWidth="min(12rem, 40%)" className={classes.wrap}>
          {figures.code && (
            <Fact label={t('dossier.code')} mono>
              {figures.code}
            </Fact>
          )}
          <Fact label={t('dossier.statusLabel')}>
            <DossierStatusBadge status={figures.status} nationalStatusCode={figures.nationalStatusCode} />
          </Fact>
          <Fact label={t('dossier.procedure')}>{figures.procedureName}</Fact>
          <Fact label={t('dossier.receivingAgency')}>{figures.receivingAgencyName ?? '—'}</Fact>
          {figures.submittedAt && (
            <Fact label={t('dossier.submittedAt')}>{formatDateTime(figures.submittedAt, language)}</Fact>
          )}
          <Fact label={t('dossier.receivedAt')}>
            {figures.receivedAt ? formatDateTime(figures.receivedAt, language) : '—'}
          </Fact>
          <Fact label={t('dossier.dueAt')}>
            <DueDate deadline={deadline} status={figures.status} />
          </Fact>
          <Fact label={t('dossier.remaining')}>
            <RemainingTime deadline={deadline} />
          </Fact>
        </DataList>
      </section>

      {figures.openSupplementRequest && (
        <SupplementRequestCard request={figures.openSupplementRequest}>{supplementAction}</SupplementRequestCard>
      )}

      {figures.result && <ResultSection result={figures.result} returnedAt={figures.returnedAt} />}
      {figures.apologies.length > 0 && <ApologiesSection apologies={figures.apologies} />}

      <Section id="dossier-steps" title={t('dossier.steps.heading')}>
        <StepsTable steps={figures.steps} />
      </Section>
    </Stack>
  );
}
