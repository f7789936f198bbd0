import type { DossierStatus } from '@motcua/graphql-client';

/** Every state, in the order a dossier goes through them, for filters and their options. */
export const dossierStatuses: readonly DossierStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'AWAITING_RECEPTION_SUPPLEMENT',
  'RECEIVED',
  'REFUSED',
  'IN_PROCESS',
  'SUPPLEMENT_REQUESTED',
  'AWAITING_PAYMENT',
  'WITHDRAWAL_REQUESTED',
  'STOPPED',
  'RESOLVED',
  'RETURNED',
];

export function isDossierStatus(value: string): value is DossierStatus {
  return (dossierStatuses as readonly string[]).includes(value);
}
