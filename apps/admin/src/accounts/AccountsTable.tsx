import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@motcua/ui';
import { RoleBadges } from './RoleBadges';
import type { AccountRow } from './useAccounts';

/** Locked now, not merely once: `lockedUntil` may be left in the past after the lock ran out. */
export function isLocked(account: AccountRow, now: number): boolean {
  return account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > now;
}

/**
 * The accounts, with what an administrator can do to each: edit a staff account's roles, lift a
 * lockout. Each action's accessible name says whose account it acts on.
 */
export function AccountsTable({
  accounts,
  onEditRoles,
  onUnlock,
  unlockingId,
}: {
  accounts: AccountRow[];
  onEditRoles: (account: AccountRow) => void;
  onUnlock: (account: AccountRow) => void;
  /** The account whose unlock is under way, if any. */
  unlockingId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const now = Date.now();

  return (
    // Scrolls sideways on a phone rather than squeezing names and badges into unreadable columns.
    <Table.ScrollContainer minWidth={980} type="native">
      <Table aria-label={t('accounts.tableLabel')} striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accounts.column.username')}</Table.Th>
            <Table.Th scope="col">{t('accounts.column.displayName')}</Table.Th>
            <Table.Th scope="col">{t('accounts.column.kind')}</Table.Th>
            <Table.Th scope="col">{t('accounts.column.roles')}</Table.Th>
            <Table.Th scope="col">{t('accounts.column.status')}</Table.Th>
            <Table.Th scope="col">{t('accounts.column.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('accounts.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>
                <Text component="span" size="sm" ff="monospace">
                  {account.username}
                </Text>
              </Table.Td>
              <Table.Td fw={500}>{account.displayName}</Table.Td>
              <Table.Td>{t(`accountKind.${account.kind}`)}</Table.Td>
              <Table.Td>
                <RoleBadges roles={account.roles} />
              </Table.Td>
              <Table.Td>
                {isLocked(account, now) ? (
                  <Badge color="red" variant="light" tt="none">
                    {t('accounts.lockedUntil', { time: formatDateTime(account.lockedUntil!, language) })}
                  </Badge>
                ) : (
                  <Text component="span" size="sm">
                    {t('accounts.active')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(account.createdAt, language)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {account.kind === 'STAFF' && (
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() => onEditRoles(account)}
                      aria-label={t('accounts.editRolesFor', { name: account.displayName })}
                    >
                      {t('accounts.editRoles')}
                    </Button>
                  )}
                  {isLocked(account, now) && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      loading={unlockingId === account.id}
                      onClick={() => onUnlock(account)}
                      aria-label={t('accounts.unlockFor', { name: account.displayName })}
                    >
                      {t('accounts.unlock')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
