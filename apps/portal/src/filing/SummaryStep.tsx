import { Button, DataList, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../procedure/Fact';
import type { ProcedureTerms } from '../procedure/types';
import type { FilingStep, FilingValues } from './filingForm';

function Part({ title, onEdit, children }: { title: string; onEdit: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} fz="md">
          {title}
        </Title>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={onEdit}
          aria-label={`${t('onlineFiling.summary.edit')}: ${title}`}
        >
          {t('onlineFiling.summary.edit')}
        </Button>
      </Group>
      {children}
    </Stack>
  );
}

/** Xem lại: everything the form will send, each part with the way back to change it. */
export function SummaryStep({
  values,
  documents,
  onEdit,
}: {
  values: FilingValues;
  documents: ProcedureTerms['documents'];
  onEdit: (step: FilingStep) => void;
}) {
  const { t } = useTranslation();
  const { applicant } = values;
  const person = applicant.kind === 'PERSON';
  const orNone = (value: string) => value.trim() || t('onlineFiling.summary.noContact');
  const sourceLabel = {
    ATTACHED: t('onlineFiling.documents.attached'),
    NATIONAL_DATABASE: t('onlineFiling.documents.fromNationalDatabase'),
    LATER: t('onlineFiling.documents.later'),
  };
  return (
    <Stack gap="lg" style={{ overflowWrap: 'anywhere' }}>
      <Text size="sm">{t('onlineFiling.summary.intro')}</Text>
      <Part title={t('onlineFiling.steps.applicant')} onEdit={() => onEdit('applicant')}>
        <DataList size="sm" gap={4} labelWidth="min(12rem, 40%)">
          <Fact label={t('onlineFiling.applicant.kind')}>{t(`onlineFiling.applicant.kinds.${applicant.kind}`)}</Fact>
          <Fact label={t(person ? 'onlineFiling.applicant.name' : 'onlineFiling.applicant.organisationName')}>
            {applicant.name}
          </Fact>
          <Fact label={t(person ? 'onlineFiling.applicant.idNumber' : 'onlineFiling.applicant.enterpriseCode')} mono>
            {applicant.idNumber}
          </Fact>
          <Fact label={t('onlineFiling.applicant.address')}>{applicant.address}</Fact>
          <Fact label={t('onlineFiling.applicant.phone')}>{orNone(applicant.phone)}</Fact>
          <Fact label={t('onlineFiling.applicant.email')}>{orNone(applicant.email)}</Fact>
          {applicant.hasRepresentative && (
            <Fact label={t('onlineFiling.applicant.representative')}>
              {applicant.representative.name} ({applicant.representative.idNumber}),{' '}
              {applicant.representative.authorisation}
            </Fact>
          )}
        </DataList>
      </Part>
      <Part title={t('onlineFiling.steps.documents')} onEdit={() => onEdit('documents')}>
        {documents.length === 0 ? (
          <Text size="sm">{t('onlineFiling.documents.none')}</Text>
        ) : (
          <List size="sm" spacing={6}>
            {documents.map((document, index) => (
              <List.Item key={index}>
                {document.name}: <strong>{sourceLabel[values.documents[index]?.source ?? 'LATER']}</strong>
              </List.Item>
            ))}
          </List>
        )}
      </Part>
      <Part title={t('onlineFiling.steps.delivery')} onEdit={() => onEdit('delivery')}>
        <Text size="sm">{t(`onlineFiling.delivery.options.${values.resultDelivery}`)}</Text>
      </Part>
    </Stack>
  );
}
