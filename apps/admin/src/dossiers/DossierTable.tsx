import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DossierRowFragment } from '@motcua/graphql-client';
import { DossierStatusBadge, formatDateTime, TimelinessBadge } from '@motcua/ui';
import { dossierPath } from '../paths';
import { remainingInWords } from './remainingTime';

/**
 * Dossiers as a table: code (the link to the dossier), applicant, procedure, status, received, due,
 * and timeliness; with `showRemaining`, the time left in words instead of the received date.
 */
export function DossierTable({
  dossiers,
  label,
  busy,
  showRemaining = false,
}: {
  dossiers: readonly DossierRowFragment[];
  label: string;
  busy: boolean;
  showRemaining?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const when = (value: string | null | undefined) => (value ? formatDateTime(value, language) : '—');
  return (
    // Scrolls sideways on a phone rather than squeezing the columns into unreadable slivers.
    <Table.ScrollContainer minWidth={980} type="native">
      <Table aria-label={label} aria-busy={busy} striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossier.column.code')}</Table.Th>
            <Table.Th scope="col">{t('dossier.column.applicant')}</Table.Th>
            <Table.Th scope="col">{t('dossier.column.procedure')}</Table.Th>
            <Table.Th scope="col">{t('dossier.column.status')}</Table.Th>
            <Table.Th scope="col">
              {showRemaining ? t('dossier.column.currentStep') : t('dossier.column.received')}
            </Table.Th>
            <Table.Th scope="col">{t('dossier.column.due')}</Table.Th>
            <Table.Th scope="col">{t('dossier.column.timeliness')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dossiers.map((dossier) => (
            <Table.Tr key={dossier.id} data-late={dossier.deadline.timeliness === 'LATE' || undefined}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={dossierPath(dossier.id)} ff="monospace" size="sm" fw={600}>
                  {dossier.code ?? t('dossier.noCode')}
                </Anchor>
              </Table.Td>
              <Table.Td miw={140}>{dossier.applicantName}</Table.Td>
              <Table.Td miw={260}>
                <Text size="sm">{dossier.procedureName}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {dossier.procedureCode}
                </Text>
              </Table.Td>
              <Table.Td>
                <DossierStatusBadge status={dossier.status} size="sm" />
              </Table.Td>
              <Table.Td
                miw={showRemaining ? 220 : undefined}
                style={showRemaining ? undefined : { whiteSpace: 'nowrap' }}
              >
                {showRemaining ? (
                  <Stack gap={0}>
                    <Text size="sm">{dossier.currentStep?.name ?? '—'}</Text>
                    {dossier.currentStep?.agencyName && (
                      <Text size="xs" c="dimmed">
                        {dossier.currentStep.agencyName}
                      </Text>
                    )}
                  </Stack>
                ) : (
                  when(dossier.receivedAt)
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{when(dossier.deadline.dueAt)}</Text>
                <Text size="xs" c={dossier.deadline.timeliness === 'LATE' ? 'red.8' : 'dimmed'}>
                  {remainingInWords(t, dossier.deadline)}
                </Text>
              </Table.Td>
              <Table.Td>
                <TimelinessBadge
                  timeliness={dossier.deadline.timeliness}
                  dueSoon={dossier.deadline.dueSoon}
                  size="sm"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
