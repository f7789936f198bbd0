/**
 * One DataLoader per request per entity type (DESIGN.md §6): the gateway sends many references at
 * once, and each batch becomes one `WHERE id IN (...)` query.
 */
import DataLoader from 'dataloader';

export type LoaderRegistry = <K, V>(
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | null)[]>,
) => DataLoader<K, V | null>;

export function createLoaderRegistry(): LoaderRegistry {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return <K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>) => {
    let loader = loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V | null>(batch) as DataLoader<unknown, unknown>;
      loaders.set(name, loader);
    }
    return loader as DataLoader<K, V | null>;
  };
}

/** Puts rows back in the order of the keys, with null for a key that has no row. */
export function inKeyOrder<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => byKey.get(key) ?? null);
}
