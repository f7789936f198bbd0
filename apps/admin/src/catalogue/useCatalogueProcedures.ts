import {
  CatalogueProceduresDocument,
  useQuery,
  type AdminLevel,
  type CatalogueProceduresQuery,
  type OnlineServiceLevel,
} from '@motcua/graphql-client';
import { useConnectionPages } from '../paging/useConnectionPages';

export type CatalogueRow = CatalogueProceduresQuery['procedures']['edges'][number]['node'];

export interface CatalogueFilters {
  search: string;
  field: string | null;
  level: AdminLevel | null;
  onlineLevel: OnlineServiceLevel | null;
  includeUnpublished: boolean;
}

/** Rows per request; "Xem thêm" asks for the next page of the same size. */
const pageSize = 20;

/** The catalogue a page at a time; the cache appends each page to the list of the same filters. */
export function useCatalogueProcedures(filters: CatalogueFilters) {
  const query = useQuery(CatalogueProceduresDocument, {
    variables: {
      first: pageSize,
      search: filters.search.trim() || null,
      field: filters.field,
      level: filters.level,
      onlineLevel: filters.onlineLevel,
      includeUnpublished: filters.includeUnpublished,
    },
    notifyOnNetworkStatusChange: true,
  });
  // While new filters load, the previous list stays on screen (marked busy) instead of flashing away.
  const connection = query.data?.procedures ?? query.previousData?.procedures;
  const { nodes, ...page } = useConnectionPages(query, connection);
  return { procedures: nodes, ...page };
}
