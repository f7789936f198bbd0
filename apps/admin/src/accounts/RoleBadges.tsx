import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountRow } from './useAccounts';

/** One badge per grant, "Chuyên viên · SXD": the role and the agency it is granted in. */
export function RoleBadges({ roles }: { roles: AccountRow['roles'] }) {
  const { t } = useTranslation();
  if (roles.length === 0) {
    return (
      <Text component="span" size="sm" c="dimmed">
        {t('accounts.noRoles')}
      </Text>
    );
  }
  return (
    // A list, so a screen reader says how many roles there are before reading them.
    <Group component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
      {roles.map((grant) => (
        <li key={`${grant.role}:${grant.agency.id}`}>
          <Badge variant="light" tt="none" size="md" radius="sm">
            {t(`role.${grant.role}`)} · {grant.agency.shortName}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
