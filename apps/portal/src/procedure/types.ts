import type { ProcedureDetailQuery } from '@motcua/graphql-client';

export type ProcedureDetail = NonNullable<ProcedureDetailQuery['procedureByCode']>;
/** The terms in force, which the page shows. */
export type ProcedureTerms = NonNullable<ProcedureDetail['currentVersion']>;
export type ReceivingSection = ProcedureDetail['receivingSections'][number];
