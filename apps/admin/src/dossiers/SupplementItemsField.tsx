import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export interface SupplementValues {
  supplementItems: { name: string; reason: string }[];
  reason: string;
}

/**
 * Everything a supplement request asks for, at once (Mẫu 02): each document with its reason, and the
 * overall reason. Works on any form whose values hold `supplementItems` and `reason`, so the API's
 * faults (`supplementItems[1].reason`) land beside their input.
 */
export function SupplementItemsField<Values extends SupplementValues>({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation();
  const items = form.getValues().supplementItems;
  const listError = form.errors.supplementItems;
  return (
    <Stack gap="sm">
      <Fieldset legend={t('dossier.supplement.items')} variant="unstyled">
        <Stack gap="sm">
          {items.map((_, index) => (
            <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
              <Stack gap={4} style={{ flex: 1 }}>
                <TextInput
                  label={t('dossier.supplement.itemName', { n: index + 1 })}
                  required
                  {...form.getInputProps(`supplementItems.${index}.name`)}
                />
                <TextInput
                  label={t('dossier.supplement.itemReason', { n: index + 1 })}
                  required
                  data-autofocus={index === 0 || undefined}
                  {...form.getInputProps(`supplementItems.${index}.reason`)}
                />
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('dossier.supplement.removeItem', { n: index + 1 })}
                onClick={() => form.removeListItem('supplementItems', index)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => form.insertListItem('supplementItems', { name: '', reason: '' } as never)}
            >
              {t('dossier.supplement.addItem')}
            </Button>
          </Group>
          {listError && (
            <Text size="sm" c="red.8" role="alert">
              {String(listError)}
            </Text>
          )}
        </Stack>
      </Fieldset>
      <TextInput
        label={t('dossier.supplement.reason')}
        placeholder={t('dossier.supplement.reasonPlaceholder')}
        required
        {...form.getInputProps('reason')}
      />
    </Stack>
  );
}

/** The checks before sending: at least one item, a name and a reason on each, and an overall reason. */
export function supplementProblems(
  t: (
    key:
      | 'dossier.supplement.errors.atLeastOne'
      | 'dossier.supplement.errors.nameRequired'
      | 'dossier.supplement.errors.reasonRequired',
  ) => string,
  values: SupplementValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.supplementItems.length === 0) errors.supplementItems = t('dossier.supplement.errors.atLeastOne');
  values.supplementItems.forEach((item, index) => {
    if (!item.name.trim()) errors[`supplementItems.${index}.name`] = t('dossier.supplement.errors.nameRequired');
    if (!item.reason.trim()) errors[`supplementItems.${index}.reason`] = t('dossier.supplement.errors.reasonRequired');
  });
  if (!values.reason.trim()) errors.reason = t('dossier.supplement.errors.reasonRequired');
  return errors;
}

/** The items and reason as the API takes them, trimmed. */
export function supplementInput(values: SupplementValues) {
  return {
    supplementItems: values.supplementItems.map((item) => ({ name: item.name.trim(), reason: item.reason.trim() })),
    reason: values.reason.trim(),
  };
}
