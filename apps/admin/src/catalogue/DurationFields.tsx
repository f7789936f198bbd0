import { Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TermsForm } from './SectionCard';
import { durationUnits, type DurationValues } from './termsForm';

/**
 * A time and its unit at `path` of the terms form. The API names faults at the duration itself
 * (`processingTime`, `internalProcess[2].duration`), so they show under the number.
 */
export function DurationFields({
  form,
  path,
  valueLabel,
  unitLabel,
  unitDisabled = false,
}: {
  form: TermsForm;
  path: string;
  valueLabel: string;
  unitLabel: string;
  unitDisabled?: boolean;
}) {
  const { t } = useTranslation();
  const duration = pathValue(form, path) as DurationValues;
  const error = form.errors[path] ?? form.errors[`${path}.value`];
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <NumberInput
        label={valueLabel}
        min={0}
        // Working days come in halves; hours and calendar days are whole.
        step={duration.unit === 'WORKING_DAY' ? 0.5 : 1}
        decimalScale={duration.unit === 'WORKING_DAY' ? 1 : 0}
        allowNegative={false}
        value={duration.value}
        error={error}
        onChange={(value) => {
          form.setFieldValue(`${path}.value`, value);
          form.clearFieldError(path);
        }}
        w={{ base: 110, sm: 140 }}
      />
      <Select
        label={unitLabel}
        data={durationUnits.map((unit) => ({ value: unit, label: t(`catalogue.unit.${unit}`) }))}
        value={duration.unit}
        allowDeselect={false}
        disabled={unitDisabled}
        onChange={(unit) => {
          if (!unit) return;
          form.setFieldValue(`${path}.unit`, unit);
          form.clearFieldError(path);
        }}
        style={{ flex: 1 }}
        miw={120}
      />
    </Group>
  );
}

/** The value at a dotted path of the form (`channels.1.processingTime`). */
function pathValue(form: TermsForm, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], form.getValues());
}
