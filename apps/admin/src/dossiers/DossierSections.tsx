import type { ReactNode } from 'react';
import { Badge, Card, List, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierDetailFragment } from '@motcua/graphql-client';
import { DossierStatusBadge, DurationText, formatDateTime, TimelinessBadge } from '@motcua/ui';
import { remainingInWords, workingTimeInWords } from './remainingTime';

type Dossier = DossierDetailFragment;

/** A titled part of the dossier page, a landmark screen readers can jump to. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A label and its value, as a definition term and its description. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

function useWhen() {
  const { i18n } = useTranslation();
  return (value: string | null | undefined) => (value ? formatDateTime(value, i18n.resolvedLanguage) : '—');
}

/** Who, what and how: the procedure, the applicant, the channel, the rules applied, the agencies. */
export function DossierFacts({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const when = useWhen();
  const { applicant } = dossier;
  const contact = [applicant.address, applicant.phone, applicant.email].filter(Boolean).join(' · ');
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs" m={0}>
      <Fact label={t('dossier.page.procedure')}>
        {t('dossier.page.procedureValue', {
          code: dossier.procedureCode,
          name: dossier.procedureName,
          version: dossier.procedureVersionNumber,
        })}
      </Fact>
      <Fact label={t('dossier.page.applicant')}>
        {applicant.name} ({t(`dossier.reception.kind${applicant.kind}`)})
      </Fact>
      <Fact label={t('dossier.page.idNumber')}>{applicant.idNumber}</Fact>
      <Fact label={t('dossier.page.contact')}>{contact || '—'}</Fact>
      {applicant.representative && (
        <Fact label={t('dossier.page.representative')}>
          {applicant.representative.name} · {applicant.representative.idNumber} ·{' '}
          {applicant.representative.authorisation}
        </Fact>
      )}
      <Fact label={t('dossier.page.channel')}>{t(`dossier.channel.${dossier.channel}`)}</Fact>
      <Fact label={t('dossier.page.ruleSet')}>{dossier.ruleSet ? t(`dossier.ruleSet.${dossier.ruleSet}`) : '—'}</Fact>
      <Fact label={t('dossier.page.receivingAgency')}>{dossier.receivingAgencyName ?? '—'}</Fact>
      <Fact label={t('dossier.page.competentAgency')}>{dossier.competentAgency.name ?? '—'}</Fact>
      <Fact label={t('dossier.page.sets')}>{dossier.sets}</Fact>
      <Fact label={t('dossier.page.resultDelivery')}>{t(`dossier.delivery.${dossier.resultDelivery}`)}</Fact>
      {dossier.submittedAt && <Fact label={t('dossier.page.submitted')}>{when(dossier.submittedAt)}</Fact>}
      <Fact label={t('dossier.page.received')}>{when(dossier.receivedAt)}</Fact>
      {dossier.returnedAt && <Fact label={t('dossier.page.returned')}>{when(dossier.returnedAt)}</Fact>}
    </SimpleGrid>
  );
}

/** The deadline figures the engine derives: due date, time left, paused time, re-appointments. */
export function DeadlineCard({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const when = useWhen();
  const { deadline } = dossier;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="dossier-deadline" data-testid="deadline">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="dossier-deadline">
          {t('dossier.page.deadline')}
        </Title>
        <TimelinessBadge timeliness={deadline.timeliness} dueSoon={deadline.dueSoon} />
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 1 }} spacing="xs" verticalSpacing="xs" m={0}>
          <Fact label={t('dossier.page.processingTime')}>
            <DurationText duration={deadline.processingTime} />
          </Fact>
          <Fact label={t('dossier.page.due')}>
            <Text span fw={600} size="sm">
              {when(deadline.dueAt)}
            </Text>
          </Fact>
          <Fact label={t('dossier.page.remaining')}>{remainingInWords(t, deadline)}</Fact>
          <Fact label={t('dossier.page.started')}>{when(deadline.startedAt)}</Fact>
          {deadline.originalDueAt && deadline.originalDueAt !== deadline.dueAt && (
            <Fact label={t('dossier.page.originalDue')}>{when(deadline.originalDueAt)}</Fact>
          )}
          {deadline.pausedWorkingMinutes > 0 && (
            <Fact label={t('dossier.page.paused')}>{workingTimeInWords(t, deadline.pausedWorkingMinutes)}</Fact>
          )}
          <Fact label={t('dossier.page.extensions')}>{deadline.extensions}</Fact>
          <Fact label={t('dossier.page.clockState')}>{t(`dossier.page.clock.${deadline.state}`)}</Fact>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** The processing control slip on screen: one row per step of the internal process. */
export function StepsTable({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <Table.ScrollContainer minWidth={980} type="native">
      <Table aria-label={t('dossier.page.stepsLabel')} verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossier.page.step.index')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.step.name')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.step.agency')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.step.handler')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.step.budget')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.step.started')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.step.due')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.step.finished')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.step.timeliness')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dossier.steps.map((step) => (
            <Table.Tr
              key={step.index}
              data-state={step.state}
              aria-current={step.state === 'ACTIVE' ? 'step' : undefined}
              fw={step.state === 'ACTIVE' ? 600 : undefined}
            >
              <Table.Td>{step.index + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw="inherit">
                  {step.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`dossier.role.${step.role}`)} · {t(`dossier.stepState.${step.state}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                {step.agencyName ?? '—'}{' '}
                {step.interAgency && (
                  <Badge size="xs" variant="outline" color="grape" tt="none">
                    {t('dossier.page.step.interAgency')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{step.handlerName ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DurationText duration={step.budget} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(step.startedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(step.dueAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(step.finishedAt)}</Table.Td>
              <Table.Td>
                <TimelinessBadge timeliness={step.timeliness} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The document checklist as it was checked at reception. */
export function DocumentsTable({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table aria-label={t('dossier.page.documentsLabel')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossier.page.document.name')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.document.count')}</Table.Th>
            <Table.Th scope="col">{t('dossier.page.document.provided')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dossier.documents.map((document) => (
            <Table.Tr key={document.index}>
              <Table.Td>
                {document.index + 1}. {document.name}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('dossier.reception.copies', { originals: document.originals, copies: document.copies })}
              </Table.Td>
              <Table.Td>
                {document.fromNationalDatabase ? (
                  <Badge variant="light" color="grape" tt="none">
                    {t('dossier.page.document.national')}
                  </Badge>
                ) : (
                  <Badge variant="light" color={document.provided ? 'green' : 'red'} tt="none" miw="max-content">
                    {document.provided ? t('dossier.page.document.yes') : t('dossier.page.document.no')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Supplement requests (Mẫu 02), apologies (Mẫu 04), payments and the result, when there are any. */
export function DossierRecords({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const when = useWhen();
  const money = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <>
      {dossier.supplementRequests.length > 0 && (
        <Section id="dossier-supplements" title={t('dossier.page.supplements')}>
          {dossier.supplementRequests.map((request) => (
            <Card key={request.id} withBorder padding="sm">
              <Text size="sm" fw={600}>
                {t(`dossier.page.supplementStage.${request.stage}`)}:{' '}
                {t('dossier.page.supplementBy', { at: when(request.requestedAt), name: request.requestedByName ?? '' })}
              </Text>
              <Text size="sm">{request.reason}</Text>
              <List size="sm" mt={4}>
                {request.items.map((item, index) => (
                  <List.Item key={index}>
                    {item.name}: {item.reason}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" c={request.answeredAt ? 'dimmed' : 'orange.8'} mt={4}>
                {request.answeredAt
                  ? t('dossier.page.supplementAnswered', {
                      at: when(request.answeredAt),
                      note: request.answerNote ?? '',
                    })
                  : t('dossier.page.supplementOpen')}
              </Text>
            </Card>
          ))}
        </Section>
      )}
      {dossier.apologies.length > 0 && (
        <Section id="dossier-apologies" title={t('dossier.page.apologies')}>
          {dossier.apologies.map((apology) => (
            <Card key={apology.id} withBorder padding="sm">
              <Text size="sm" fw={600}>
                {t('dossier.page.apology', {
                  at: when(apology.issuedAt),
                  agency: apology.delayingAgencyName ?? '',
                  from: when(apology.previousDueAt),
                  to: when(apology.newDueAt),
                })}
              </Text>
              <Text size="sm">{apology.reason}</Text>
            </Card>
          ))}
        </Section>
      )}
      {dossier.payments.length > 0 && (
        <Section id="dossier-payments" title={t('dossier.page.payments')}>
          <List size="sm">
            {dossier.payments.map((payment) => (
              <List.Item key={payment.id}>
                {payment.description}: {money.format(payment.amountVnd)} đ ·{' '}
                {payment.paidAt
                  ? `${t('dossier.page.paymentPaid', { at: when(payment.paidAt) })}${payment.online ? ` (${t('dossier.page.paymentOnline')})` : ''}`
                  : t('dossier.page.paymentUnpaid')}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {dossier.result && (
        <Section id="dossier-result" title={t('dossier.page.result')}>
          <Card withBorder padding="sm">
            <Text size="sm" fw={600}>
              {t(`dossier.page.outcome.${dossier.result.outcome}`)} · {when(dossier.result.issuedAt)}
            </Text>
            <Text size="sm">{dossier.result.summary}</Text>
            {dossier.result.documentNumber && (
              <Text size="sm">{t('dossier.page.resultDocument', { number: dossier.result.documentNumber })}</Text>
            )}
            {dossier.result.electronic && (
              <Text size="sm" c="dimmed">
                {t('dossier.page.electronic')}
              </Text>
            )}
          </Card>
        </Section>
      )}
    </>
  );
}

/** What happened to the dossier, oldest first, newest last: the append-only events. */
export function DossierTimeline({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const when = useWhen();
  const known = t('dossier.event', { returnObjects: true }) as Record<string, string>;
  return (
    <Timeline active={dossier.timeline.length - 1} bulletSize={14} lineWidth={2} data-testid="dossier-timeline">
      {dossier.timeline.map((event) => (
        <Timeline.Item key={event.id} title={known[event.type] ?? event.type} data-event={event.type}>
          {event.toStatus && <DossierStatusBadge status={event.toStatus} size="sm" />}
          <Text size="xs" c="dimmed" mt={2}>
            {t('dossier.page.timelineBy', { at: when(event.at), actor: event.actorName ?? '' })}
            {event.stepIndex != null && dossier.steps[event.stepIndex]
              ? ` · ${dossier.steps[event.stepIndex]!.name}`
              : ''}
          </Text>
          {event.reason && <Text size="sm">{event.reason}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
