import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@motcua/ui';
import type { ApiClientRow } from './useApiClients';

export function ApiClientsTable({
  clients,
  onRevoke,
}: {
  clients: ApiClientRow[];
  onRevoke: (client: ApiClientRow) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table aria-label={t('apiClients.tableLabel')} striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('apiClients.column.name')}</Table.Th>
            <Table.Th scope="col">{t('apiClients.column.owner')}</Table.Th>
            <Table.Th scope="col">{t('apiClients.column.scopes')}</Table.Th>
            <Table.Th scope="col">{t('apiClients.column.keyPrefix')}</Table.Th>
            <Table.Th scope="col">{t('apiClients.column.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('apiClients.column.revokedAt')}</Table.Th>
            <Table.Th scope="col">{t('apiClients.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id}>
              <Table.Td fw={500}>{client.name}</Table.Td>
              <Table.Td>{client.ownerAgency.shortName}</Table.Td>
              <Table.Td>
                <Group component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
                  {client.scopes.map((scope) => (
                    <li key={scope}>
                      <Badge variant="light" tt="none" radius="sm">
                        {t(`apiScope.${scope}`)}
                      </Badge>
                    </li>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text component="span" size="sm" ff="monospace">
                  {client.keyPrefix}…
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(client.createdAt, language)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {client.revokedAt ? (
                  <Badge color="red" variant="light" tt="none" c="red.9">
                    {formatDateTime(client.revokedAt, language)}
                  </Badge>
                ) : (
                  <Text component="span" size="sm">
                    {t('apiClients.inUse')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {!client.revokedAt && (
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => onRevoke(client)}
                    aria-label={t('apiClients.revokeFor', { name: client.name })}
                  >
                    {t('apiClients.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
