import { foldVietnamese } from '@motcua/subgraph-kit';

export { foldVietnamese };

/** The words of a search, folded; empty when the search has no letters or digits. */
export function searchTerms(search: string | null | undefined): string[] {
  if (!search) return [];
  return foldVietnamese(search)
    .split(' ')
    .filter((term) => term.length > 0);
}
