import { Button, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { adminLevels, onlineLevels, useCatalogueFilters } from './catalogueFilters';
import type { FieldCount } from './useProcedureFields';

/**
 * Field, tier and online level, as native selects: they work the same with a keyboard, a screen
 * reader and a phone's own picker. A choice applies at once and lands in the address.
 */
export function CatalogueFilterBar({ fields }: { fields: FieldCount[] }) {
  const { t } = useTranslation();
  const { filters, active, setFilter, clearFilters } = useCatalogueFilters();
  const any = { value: '', label: t('filters.any') };
  // A field from a shared link shows even before the list arrives (or if it has no procedures now).
  const fieldOptions =
    fields.some((field) => field.field === filters.field) || !filters.field
      ? fields.map((field) => ({ value: field.field, label: `${field.field} (${field.procedureCount})` }))
      : [{ value: filters.field, label: filters.field }];

  return (
    <Stack gap="xs" role="group" aria-label={t('filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={t('filters.field')}
          value={filters.field ?? ''}
          onChange={(event) => setFilter('field', event.currentTarget.value || null)}
          data={[any, ...fieldOptions]}
        />
        <NativeSelect
          label={t('filters.level')}
          value={filters.level ?? ''}
          onChange={(event) => setFilter('level', event.currentTarget.value || null)}
          data={[any, ...adminLevels.map((level) => ({ value: level, label: t(`adminLevel.${level}`) }))]}
        />
        <NativeSelect
          label={t('filters.onlineLevel')}
          value={filters.onlineLevel ?? ''}
          onChange={(event) => setFilter('onlineLevel', event.currentTarget.value || null)}
          data={[any, ...onlineLevels.map((level) => ({ value: level, label: t(`onlineLevel.${level}`) }))]}
        />
      </SimpleGrid>
      {active && (
        <Button variant="subtle" size="compact-sm" onClick={clearFilters} style={{ alignSelf: 'flex-start' }}>
          {t('filters.clear')}
        </Button>
      )}
    </Stack>
  );
}
