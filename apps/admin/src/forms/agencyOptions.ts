import { AgencyOptionsDocument, useQuery } from '@motcua/graphql-client';

/**
 * Every agency as a searchable picker's options, "Sở Xây dựng — Sở Xây dựng tỉnh Kiên Giang".
 * One query for every picker in the console, so the cache answers all but the first.
 */
export function useAgencyOptions() {
  const query = useQuery(AgencyOptionsDocument);
  return {
    options:
      query.data?.agencies.edges.map(({ node }) => ({ value: node.id, label: `${node.shortName} — ${node.name}` })) ??
      [],
    loading: query.loading && !query.data,
  };
}
