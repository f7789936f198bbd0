import { useSearchParams } from 'react-router';
import type { AdminLevel, OnlineServiceLevel } from '@motcua/graphql-client';

export const adminLevels: AdminLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
export const onlineLevels: OnlineServiceLevel[] = ['FULL', 'PARTIAL', 'INFORMATION'];

/** What narrows the catalogue besides the words: one field (lĩnh vực), one tier, one online level. */
export interface CatalogueFilters {
  field: string | null;
  level: AdminLevel | null;
  onlineLevel: OnlineServiceLevel | null;
}

/** Names of the filters in the address (`?linh-vuc=Hộ tịch&cap=COMMUNE&truc-tuyen=FULL`). */
export const filterParams = { field: 'linh-vuc', level: 'cap', onlineLevel: 'truc-tuyen' } as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.includes(value as T) ? (value as T) : null;
}

/** Reads the filters from a query string; an unknown level (an old or edited link) is ignored. */
export function readFilters(params: URLSearchParams): CatalogueFilters {
  return {
    field: params.get(filterParams.field) || null,
    level: oneOf(adminLevels, params.get(filterParams.level)),
    onlineLevel: oneOf(onlineLevels, params.get(filterParams.onlineLevel)),
  };
}

/** The query string with one filter set (or removed, with null), everything else kept. */
export function withFilter(params: URLSearchParams, name: keyof CatalogueFilters, value: string | null) {
  const updated = new URLSearchParams(params);
  if (value) updated.set(filterParams[name], value);
  else updated.delete(filterParams[name]);
  return updated;
}

/**
 * The filters as the address holds them, so a filtered list survives a reload and can be shared.
 * Each change is a new history entry: Back undoes the last filter.
 */
export function useCatalogueFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const active = Object.values(filters).some((value) => value !== null);

  function setFilter(name: keyof CatalogueFilters, value: string | null) {
    setParams((previous) => withFilter(previous, name, value));
  }

  function clearFilters() {
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      for (const name of Object.values(filterParams)) updated.delete(name);
      return updated;
    });
  }

  return { filters, active, setFilter, clearFilters };
}
