import type { ReactNode } from 'react';
import { Alert, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DurationText } from '@motcua/ui';
import type { CatalogueProcedureDetailFragment } from '@motcua/graphql-client';
import { formatDayMonthYear } from '../dates/isoDates';
import { numberOf, type DurationValues, type TermsValues } from './termsForm';

function PreviewSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={3} fz="h5" mb={4}>
        {title}
      </Title>
      {children}
    </section>
  );
}

function Duration({ duration }: { duration: DurationValues }) {
  const { t } = useTranslation();
  const value = numberOf(duration.value);
  return Number.isFinite(value) && value > 0 ? (
    <DurationText duration={{ value, unit: duration.unit }} />
  ) : (
    <>{t('catalogue.preview.empty')}</>
  );
}

/**
 * The procedure as the portal shows it to citizens, from the terms being edited: what to bring,
 * what it costs, how long it takes, where to file and under which law. The internal process is
 * staff-only and left out, as the API leaves it out for citizens.
 */
export function ProcedurePreview({
  procedure,
  identity,
  terms,
}: {
  procedure: CatalogueProcedureDetailFragment;
  identity: { name: string; field: string; agencyName: string };
  terms: TermsValues;
}) {
  const { t, i18n } = useTranslation();
  const money = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN');
  const orEmpty = (text: string) => (text.trim() ? text : t('catalogue.preview.empty'));
  return (
    <Stack gap="md">
      <Alert variant="light" color="blue">
        <Text size="sm">{t('catalogue.preview.note')}</Text>
      </Alert>
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" aria-label={identity.name} component="article">
        <Stack gap="md">
          <Title order={2} fz="h3">
            {identity.name}
          </Title>
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={{ base: 120, sm: 220 }}>{t('catalogue.preview.code')}</Table.Th>
                <Table.Td>{procedure.code}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('catalogue.preview.field')}</Table.Th>
                <Table.Td>{identity.field}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('catalogue.preview.level')}</Table.Th>
                <Table.Td>{t(`adminLevel.${procedure.level}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('catalogue.preview.applicants')}</Table.Th>
                <Table.Td>
                  {procedure.applicantTypes.map((type) => t(`catalogue.applicantType.${type}`)).join(', ')}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('catalogue.preview.agency')}</Table.Th>
                <Table.Td>{identity.agencyName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('catalogue.preview.time')}</Table.Th>
                <Table.Td>
                  <Duration duration={terms.processingTime} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('catalogue.editor.onlineLevel')}</Table.Th>
                <Table.Td>{t(`catalogue.onlineLevel.${terms.onlineLevel}`)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>

          <PreviewSection title={t('catalogue.preview.steps')}>
            <List type="ordered" spacing={4}>
              {terms.steps.map((step, i) => (
                <List.Item key={i}>{orEmpty(step)}</List.Item>
              ))}
            </List>
          </PreviewSection>

          <PreviewSection title={t('catalogue.preview.channels')}>
            <Stack gap="xs">
              {terms.channels.map((channel) => (
                <div key={channel.channel}>
                  <Text fw={600} size="sm">
                    {t(`catalogue.channel.${channel.channel}`)}
                    {' · '}
                    <Duration duration={channel.ownTime ? channel.processingTime : terms.processingTime} />
                  </Text>
                  <Text size="sm">
                    {t('catalogue.preview.fees')}:{' '}
                    {channel.fees.length === 0
                      ? t('catalogue.preview.free')
                      : channel.fees
                          .map((fee) => `${orEmpty(fee.description)}: ${money.format(numberOf(fee.amountVnd) || 0)} đ`)
                          .join('; ')}
                  </Text>
                </div>
              ))}
            </Stack>
          </PreviewSection>

          <PreviewSection title={t('catalogue.preview.documents')}>
            <List type="ordered" spacing={4}>
              {terms.documents.map((document, i) => (
                <List.Item key={i}>
                  <Text size="sm" fw={500} span>
                    {orEmpty(document.name)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {document.fromNationalDatabase
                      ? t('catalogue.preview.fromDatabase')
                      : t('catalogue.preview.documentCounts', {
                          originals: document.originals,
                          copies: document.copies,
                        })}
                    {document.formTemplate.trim() &&
                      ` · ${t('catalogue.preview.template', { name: document.formTemplate })}`}
                  </Text>
                </List.Item>
              ))}
            </List>
          </PreviewSection>

          <PreviewSection title={t('catalogue.preview.conditions')}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {terms.conditions.trim() || t('catalogue.preview.noConditions')}
            </Text>
          </PreviewSection>

          <PreviewSection title={t('catalogue.preview.result')}>
            <Text size="sm">
              {orEmpty(terms.result.name)}
              {terms.result.validity.trim() &&
                ` (${t('catalogue.preview.validity', { validity: terms.result.validity })})`}
            </Text>
          </PreviewSection>

          <PreviewSection title={t('catalogue.preview.where')}>
            {procedure.receivingSections.length === 0 ? (
              <Text size="sm">{t('catalogue.preview.nowhere')}</Text>
            ) : (
              <List spacing={4}>
                {procedure.receivingSections.map(({ section }) => (
                  <List.Item key={section.id}>
                    <Text size="sm" fw={500} span>
                      {section.name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {section.address} · {section.openingHours}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </PreviewSection>

          <PreviewSection title={t('catalogue.preview.legalBases')}>
            <List spacing={4}>
              {terms.legalBases.map((basis, i) => (
                <List.Item key={i}>
                  <Text size="sm">
                    {t('catalogue.preview.legalBasis', {
                      title: orEmpty(basis.title),
                      number: orEmpty(basis.number),
                      date: basis.issuedOn ? formatDayMonthYear(basis.issuedOn) : t('catalogue.preview.empty'),
                      issuer: orEmpty(basis.issuer),
                    })}
                  </Text>
                </List.Item>
              ))}
            </List>
          </PreviewSection>
        </Stack>
      </Paper>
    </Stack>
  );
}
