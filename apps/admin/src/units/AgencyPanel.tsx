import { useId, useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AdministrativeUnitChildrenDocument,
  skipToken,
  useQuery,
  useSession,
  type UnitAgencyFragment,
} from '@motcua/graphql-client';
import { EmptyResult, LoadErrorAlert, LoadingState } from '@motcua/ui';
import { AgencyForm } from './AgencyForm';
import type { UnitSummary } from './unitTreeData';

/**
 * The agencies (cơ quan) of the selected unit, or a hint to select one. A system administrator
 * also adds agencies to the unit and edits them; others do not see the buttons (and the API
 * would refuse them anyway).
 */
export function AgencyPanel({ unit }: { unit: UnitSummary | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { hasRole } = useSession();
  const canEdit = hasRole('SYSTEM_ADMIN');
  // null: no form open; 'new': adding one; an agency: editing it.
  const [editing, setEditing] = useState<UnitAgencyFragment | 'new' | null>(null);
  // Said once after a change, in a live region, since the modal that had focus is gone.
  const [announcement, setAnnouncement] = useState('');
  // Usually answered from the cache: expanding the unit in the tree ran the same query.
  const query = useQuery(AdministrativeUnitChildrenDocument, unit ? { variables: { id: unit.id } } : skipToken);

  if (!unit) {
    return (
      <Paper withBorder p="md">
        <Text c="dimmed">{t('agencies.pickUnit')}</Text>
      </Paper>
    );
  }

  const agencies = query.data?.administrativeUnit?.agencies;
  const close = () => setEditing(null);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h3" id={headingId}>
            {t('agencies.heading', { unit: unit.name })}
          </Title>
          {canEdit && (
            <Button size="sm" onClick={() => setEditing('new')}>
              {t('agencies.add')}
            </Button>
          )}
        </Group>
        {canEdit && (
          <Text role="status" size="sm" fw={500}>
            {announcement}
          </Text>
        )}
        {query.error ? (
          <LoadErrorAlert onRetry={() => void query.refetch().catch(() => undefined)} />
        ) : !agencies ? (
          <LoadingState />
        ) : agencies.length === 0 ? (
          <EmptyResult title={t('agencies.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={canEdit ? 680 : 560} type="native">
            <Table aria-labelledby={headingId} striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('column.name')}</Table.Th>
                  <Table.Th scope="col">{t('column.shortName')}</Table.Th>
                  <Table.Th scope="col">{t('column.kind')}</Table.Th>
                  <Table.Th scope="col">{t('column.electronicId')}</Table.Th>
                  {canEdit && <Table.Th scope="col">{t('column.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {agencies.map((agency) => (
                  <Table.Tr key={agency.id}>
                    <Table.Td fw={500}>{agency.name}</Table.Td>
                    <Table.Td>{agency.shortName}</Table.Td>
                    <Table.Td>{t(`agencyKind.${agency.kind}`)}</Table.Td>
                    <Table.Td>
                      <Text component="span" size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                        {agency.electronicId}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="outline"
                          onClick={() => setEditing(agency)}
                          // "Sửa" alone is ambiguous to a screen reader jumping between buttons.
                          aria-label={t('agencies.editFor', { name: agency.name })}
                        >
                          {t('agencies.edit')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing === 'new' ? t('agencies.form.createTitle', { unit: unit.name }) : t('agencies.form.editTitle')}
        size="lg"
      >
        {editing !== null && (
          <AgencyForm
            // A fresh form per agency: its initial values are read once.
            key={editing === 'new' ? 'new' : editing.id}
            unit={unit}
            agency={editing === 'new' ? undefined : editing}
            onCancel={close}
            onSaved={(name) => {
              setAnnouncement(t(editing === 'new' ? 'agencies.created' : 'agencies.updated', { name }));
              close();
            }}
          />
        )}
      </Modal>
    </Paper>
  );
}
