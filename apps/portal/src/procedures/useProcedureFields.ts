import { ProcedureFieldsDocument, useQuery, type ProcedureFieldsQuery } from '@motcua/graphql-client';

export type FieldCount = ProcedureFieldsQuery['procedureFields'][number];

/** The catalogue's fields (lĩnh vực) by name, with how many procedures each has. */
export function useProcedureFields() {
  const query = useQuery(ProcedureFieldsDocument);
  const fields = query.data?.procedureFields ?? [];
  return {
    fields,
    totalCount: fields.reduce((sum, field) => sum + field.procedureCount, 0),
    loading: query.loading && !query.data,
    error: query.error ?? null,
    retry: () => void query.refetch().catch(() => undefined),
  };
}
