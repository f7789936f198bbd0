import type { ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One entry of a list in the terms (a document, a legal basis…): its title, its fields, a remove button. */
export function ListItem({
  title,
  removeLabel,
  onRemove,
  actions,
  children,
}: {
  title: ReactNode;
  removeLabel: string;
  onRemove: () => void;
  /** More buttons before "remove" (move up and down). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-gray-0)">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Group gap={4} wrap="nowrap">
            {actions}
            <Button variant="subtle" color="red" size="compact-sm" aria-label={removeLabel} onClick={onRemove}>
              {t('catalogue.editor.remove')}
            </Button>
          </Group>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** "Thêm …" under a list. */
export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group>
      <Button variant="light" size="sm" onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}
